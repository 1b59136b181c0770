package org.claimgraph.wikidata;

import java.util.HashMap;
import java.util.Map;

/** "+3 −1 lines": what a refresh changed, counted on the canonical text. */
final class LineDiff {

    private LineDiff() {}

    static String summary(String before, String after) {
        Map<String, Integer> counts = new HashMap<>();
        before.lines().forEach(l -> counts.merge(l, -1, Integer::sum));
        after.lines().forEach(l -> counts.merge(l, 1, Integer::sum));
        int added = counts.values().stream().filter(c -> c > 0).mapToInt(Integer::intValue).sum();
        int removed = -counts.values().stream().filter(c -> c < 0).mapToInt(Integer::intValue).sum();
        return added == 0 && removed == 0 ? "unchanged" : "+" + added + " -" + removed + " lines";
    }
}
