package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import java.util.List;
import org.claimgraph.claim.Approximation;
import org.claimgraph.claim.Unit;

/**
 * Turns a finished candidate into the immutable {@link QuantityMention}: offsets and surface,
 * kind, and value/bounds as the approximation word says (see the record's javadoc). A falling
 * change negates value and bounds. A range keeps lower ≤ upper ("5 bis 7 Prozent gesunken": −7 to −5);
 * a one-sided bound keeps the slot its hedge word names, because the word bounds the size of the
 * change ("knapp 5 Prozent gesunken": upper −5, cg:AtMost; "more than 2,000 jobs cut": lower −2000).
 */
final class MentionBuilder {

    private MentionBuilder() {
    }

    static QuantityMention build(String sentence, List<Tok> toks, Candidate c, Unit centCurrency) {
        int begin = toks.get(c.start).begin();
        int end = toks.get(c.end - 1).end();
        Unit unit = c.cent && c.unit == null ? centCurrency : c.unit;
        QuantityKind kind = c.kind;
        if (kind == QuantityKind.AMOUNT && unit == Unit.PERCENT) kind = QuantityKind.PERCENT;
        BigDecimal value = null;
        BigDecimal lower = null;
        BigDecimal upper = null;
        Approximation approx = c.hedge == null ? null : c.hedge.approximation();
        if (c.vague) {
            lower = c.value;
            approx = Approximation.AT_LEAST;
        } else if (c.upperValue != null) {
            lower = c.value;
            upper = c.upperValue;
        } else if (c.hedge == null) {
            value = c.value;
        } else {
            switch (c.hedge) {
                case NEARLY, PEAK -> {
                    value = c.value;
                    upper = c.value;
                }
                case ABOUT -> value = c.value;
                case OVER -> {
                    value = c.value;
                    lower = c.value;
                }
                case UP_TO -> upper = c.value;
                default -> throw new IllegalStateException(c.hedge.name());
            }
        }
        if (c.role == QuantityRole.CHANGE && c.sign < 0) {
            boolean range = lower != null && upper != null;
            BigDecimal l = lower;
            value = neg(value);
            lower = neg(range ? upper : lower);
            upper = neg(range ? l : upper);
        }
        return new QuantityMention(begin, end, sentence.substring(begin, end), kind, c.role,
                strip(value), strip(lower), strip(upper), unit, approx, c.percentagePoints, c.countNoun, c.perShare);
    }

    private static BigDecimal neg(BigDecimal v) {
        return v == null ? null : v.negate();
    }

    /** 13.5 × 10^9 prints as 13500000000, not 1.35E+10 */
    private static BigDecimal strip(BigDecimal v) {
        if (v == null) return null;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
