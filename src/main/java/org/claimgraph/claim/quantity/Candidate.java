package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import org.claimgraph.claim.Unit;

/**
 * A quantity being assembled from tokens; mutable and confined to one {@code find} call.
 * Token indexes: {@code start} (inclusive, the approximation word when there is one) to
 * {@code end} (exclusive); {@code numStart}/{@code numEnd} delimit the number with its currency
 * prefix, sign, scale and unit.
 */
final class Candidate {

    QuantityKind kind = QuantityKind.AMOUNT;
    QuantityRole role;
    int start;
    int numStart;
    int numEnd;
    int end;
    /** index of the first token of the number proper (after currency prefix and sign) */
    int core;
    BigDecimal value;
    /** a second number: the upper end of a range */
    BigDecimal upperValue;
    /** vague plural: the value is only a lower bound ("Tausende") */
    boolean vague;
    boolean scaled;
    boolean spelled;
    boolean prefixCurrency;
    Unit unit;
    boolean percentagePoints;
    boolean cent;
    boolean foreignCurrency;
    boolean perShare;
    Hedge hedge;
    int sign = 1;
    /** the sign was written ("+15 %", "−3 %") */
    boolean explicitSign;
    String countNoun;
    /** partner of a list or pair: an anchor for a spelled number */
    boolean linked;
    /** product of the scale words, to lend to a bare list partner */
    BigDecimal scaleFactor = BigDecimal.ONE;
    /** factor of the unit: 0.01 for cents and basis points */
    BigDecimal unitFactor = BigDecimal.ONE;
    /** the earlier member of a list ("sieben" in "sieben bzw. 5,7 Milliarden") */
    Candidate listPrevious;
    /** the role came from no cue, so a list partner may lend its own */
    boolean roleDefault;

    boolean hasUnit() {
        return unit != null || cent || foreignCurrency;
    }

    /** a spelled number on its own ("zwei") is a quantity only with something that makes it one */
    boolean anchored() {
        return !spelled || scaled || hasUnit() || countNoun != null || hedge != null || linked
                || role == QuantityRole.CHANGE || role == QuantityRole.PREVIOUS || kind != QuantityKind.AMOUNT;
    }
}
