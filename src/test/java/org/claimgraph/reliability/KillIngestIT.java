package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of an ingesting process at many random points: after each kill the store opens (past
 * the stale lock the dead process left), every article the child acknowledged is complete, and no
 * article graph is partially present. At the end a plain re-run completes the batch, and a second
 * re-run changes nothing.
 */
class KillIngestIT {

    static final int ARTICLES = 30;
    static final int KILLS = Integer.getInteger("reliability.kills", 50);

    @TempDir Path dir;

    @Test
    void everyAcknowledgedArticleSurvivesAndNoneIsHalfThere() throws Exception {
        Path in = dir.resolve("in");
        List<Path> files = Corpus.write(in, ARTICLES);
        Map<Node, Long> expected = cleanCounts(files);
        Path storeDir = dir.resolve("store");
        Random random = new Random(Long.getLong("reliability.seed", 20261127L));
        Set<Node> acknowledged = new HashSet<>();
        int staleLocks = 0;
        int partialKills = 0;

        for (int k = 0; k < KILLS; k++) {
            boolean committed = false;
            try (Child child = Child.start(IngestLoopMain.class, storeDir.toString(), in.toString(),
                    Integer.toString(random.nextInt(ARTICLES)))) {
                assertNotNull(child.await("ready", 60_000), "child did not start: " + child.output());
                Thread.sleep(random.nextInt(1200));
                child.kill();
                for (String line : child.output()) {
                    assertFalse(line.startsWith("failed"), line);
                    if (line.startsWith("stored ")) {
                        acknowledged.add(Corpus.graphOf(line.substring(7)));
                        committed = true;
                    }
                }
            }
            if (committed) partialKills++;
            if (Files.exists(storeDir.resolve("tdb.lock"))) staleLocks++;
            try (ClaimStore store = ClaimStore.open(storeDir)) {
                int kill = k;
                store.read(dsg -> {
                    dsg.listGraphNodes().forEachRemaining(g ->
                            assertTrue(expected.containsKey(g), "kill " + kill + ": unexpected graph " + g));
                    for (Map.Entry<Node, Long> e : expected.entrySet()) {
                        long n = Corpus.count(dsg, e.getKey());
                        if (acknowledged.contains(e.getKey()))
                            assertEquals(e.getValue(), n, "kill " + kill + ": acknowledged article incomplete: " + e.getKey());
                        else
                            assertTrue(n == 0 || n == e.getValue(), "kill " + kill + ": partial article " + e.getKey() + ": " + n);
                    }
                    return null;
                });
            }
        }
        System.out.printf("KillIngestIT: %d kills, %d acknowledged articles, %d kills after the child had committed, %d stale locks reopened%n",
                KILLS, acknowledged.size(), partialKills, staleLocks);

        try (ClaimStore store = ClaimStore.open(storeDir)) {
            IngestSummary s = Corpus.ingest(store).ingest(List.of(in));
            assertEquals(ARTICLES, s.articlesStored(), s.describe());
            for (Map.Entry<Node, Long> e : expected.entrySet())
                assertEquals(e.getValue(), Corpus.count(store, e.getKey()), "after re-run: " + e.getKey());
            long total = store.read(dsg -> dsg.stream().count());
            Corpus.ingest(store).ingest(List.of(in));
            assertEquals(total, (long) store.read(dsg -> dsg.stream().count()), "a second re-run changes nothing");
        }
    }

    /** Triples per article graph when each article is ingested alone into a fresh store. */
    private Map<Node, Long> cleanCounts(List<Path> files) {
        Map<Node, Long> counts = new HashMap<>();
        try (ClaimStore clean = ClaimStore.open(dir.resolve("clean"))) {
            IngestSummary s = Corpus.ingest(clean).ingest(files);
            assertEquals(files.size(), s.articlesStored(), s.describe());
            for (Path f : files) {
                Node g = ClaimGraphs.articleGraph(f.getFileName().toString());
                long n = Corpus.count(clean, g);
                assertTrue(n > 5, "article too small to test: " + f);
                counts.put(g, n);
            }
        }
        return counts;
    }
}
