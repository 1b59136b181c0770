package org.claimgraph.claim.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One finder shared by several threads gives the same mentions as a single thread. */
class ThreadSafetyTest {

    private static final String[] FIXTURES = {"german-thousands.tsv", "decimal-comma.tsv",
        "english-separators.tsv", "number-words.tsv", "scale-words.tsv", "currencies.tsv", "percent.tsv",
        "ranges.tsv", "lists.tsv", "approximations.tsv", "roles.tsv", "ratios.tsv", "count-nouns.tsv",
        "negatives.tsv"};

    @Test
    void sharedFinderIsThreadSafe() throws Exception {
        List<QuantityCases.Case> cases = new ArrayList<>();
        for (String f : FIXTURES) cases.addAll(QuantityCases.load(f));
        QuantityFinder finder = new RuleBasedQuantityFinder();
        List<List<QuantityMention>> expected = new ArrayList<>();
        for (QuantityCases.Case c : cases) expected.add(finder.find(c.sentence(), c.lang()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<QuantityMention>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<List<QuantityMention>> out = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        out.clear();
                        for (QuantityCases.Case c : cases) out.add(finder.find(c.sentence(), c.lang()));
                    }
                    return out;
                }));
            }
            for (Future<List<List<QuantityMention>>> run : runs) assertEquals(expected, run.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
