package org.claimgraph.claim.quantity;

/** What sort of number a quantity mention is. */
public enum QuantityKind {
    /** an amount: money ("39 Milliarden Dollar"), a count ("160.000 GPUs"), a plain number with scale */
    AMOUNT,
    /** a percentage or percentage points ("16 Prozent", "+15 %", "3 percentage points") */
    PERCENT,
    /** a fraction written in words that stands for a relative change ("um ein Viertel", "by half") */
    FRACTION,
    /** a multiplier of a comparison ("zehnmal", "halb so viele", "doppelt so hoch", "twice as many", "three times") */
    RATIO
}
