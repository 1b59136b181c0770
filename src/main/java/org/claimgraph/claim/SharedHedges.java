package org.claimgraph.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.claim.quantity.QuantityMention;

/**
 * "mehr als 100 beziehungsweise 400 Millionen Nutzer", "more than 150 million daily and 400 million
 * monthly users, respectively": a hedge in front of the first of coordinated numerals that share
 * their head (the unit or counted noun is written once, after the last) bounds each of them. When
 * the first figure carries its own unit ("about $11 billion and $3.1 billion") the hedge is its own.
 */
final class SharedHedges {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Between the numerals: a conjunction, optionally after one modifier of the first ("daily and"). */
    private static final Pattern JOINED = Pattern.compile(
        "\\s*(?:[\\p{L}-]+\\s+)?(?:,\\s*)?(?:and|und|or|oder|beziehungsweise|bzw\\.|respektive|resp\\.)\\s*", F);
    private static final Pattern RESPECTIVELY = Pattern.compile("beziehungsweise|bzw\\.|respektive|respectively", F);
    private static final Pattern OWN_UNIT = Pattern.compile(
        "[$€£%]|\\b(?:dollars?|euros?|cents?|percent|per cent|prozent|prozentpunkte|percentage points?)\\b", F);

    private SharedHedges() {}

    /** The figures that take the hedge of the figure before them, each rewritten with that hedge's bound. */
    static Map<QuantityMention, QuantityMention> distribute(SentenceView view) {
        Map<QuantityMention, QuantityMention> out = new HashMap<>();
        List<QuantityMention> qs = view.quantities();
        for (int i = 0; i + 1 < qs.size(); i++) {
            QuantityMention first = out.getOrDefault(qs.get(i), qs.get(i));
            QuantityMention next = qs.get(i + 1);
            if (first.approximation() == null || first.isRange() || next.approximation() != null || next.isRange()
                || next.value() == null || first.kind() != next.kind() || first.unit() != next.unit()) continue;
            String between = view.text().substring(first.end(), next.begin());
            if (!JOINED.matcher(between).matches() || OWN_UNIT.matcher(first.surface()).find()) continue;
            if (next.countNoun() != null && between.toLowerCase().contains(next.countNoun())) continue; // "100 users and 400 …"
            String tail = view.text().substring(next.end(), Math.min(view.text().length(), next.end() + 45));
            if (!RESPECTIVELY.matcher(between).find() && !RESPECTIVELY.matcher(tail).find()) continue;
            out.put(next, hedged(next, first.approximation()));
        }
        return out;
    }

    private static QuantityMention hedged(QuantityMention q, Approximation a) {
        return new QuantityMention(q.begin(), q.end(), q.surface(), q.kind(), q.role(), q.value(),
            a == Approximation.AT_LEAST ? q.value() : q.lower(), a == Approximation.AT_MOST ? q.value() : q.upper(),
            q.unit(), a, q.percentagePoints(), q.countNoun(), q.perShare());
    }
}
