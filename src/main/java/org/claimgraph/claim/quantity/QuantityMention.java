package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import org.claimgraph.claim.Approximation;
import org.claimgraph.claim.Unit;

/**
 * A number found in a sentence, fully resolved: scale words applied ("13,5 Milliarden" = 13500000000),
 * unit recognised, approximation words mapped to bounds. Offsets are relative to the sentence
 * passed to the finder (end exclusive) and cover the whole expression including approximation
 * word, scale and unit ("knapp 160.000", "37 bis 40 Milliarden US-Dollar").
 *
 * <p>Value and bounds: a point value sets {@code value}; "knapp/nearly/almost/fast X" sets
 * value = upper = X with AT_MOST; "gut/mehr als/more than/over X" sets value = lower = X with AT_LEAST;
 * "rund/etwa/about/around X" sets value = X with APPROXIMATELY; "bis zu/up to X" sets upper = X
 * (value null) with AT_MOST; a range "37 bis 40", "between 32 and 34.5", "37–40" sets lower and
 * upper and leaves value null.
 *
 * @param percentagePoints true for "Prozentpunkte"/"percentage points" (unit is then PERCENT)
 * @param countNoun        the noun right after the number when it says what is counted
 *                         ("GPUs", "Nutzer", "Mitarbeiter", "users"), lower-cased lemma-ish; else null
 * @param perShare         true for "pro Aktie", "je Aktie", "per share", "a share"
 */
public record QuantityMention(int begin, int end, String surface, QuantityKind kind, QuantityRole role,
                              BigDecimal value, BigDecimal lower, BigDecimal upper,
                              Unit unit, Approximation approximation,
                              boolean percentagePoints, String countNoun, boolean perShare) {

    /** The number that best represents the mention: value, else the midpoint of the bounds, else the one bound. */
    public BigDecimal representative() {
        if (value != null) return value;
        if (lower != null && upper != null) return lower.add(upper).divide(BigDecimal.valueOf(2));
        return lower != null ? lower : upper;
    }

    public boolean isRange() {
        return value == null && lower != null && upper != null;
    }
}
