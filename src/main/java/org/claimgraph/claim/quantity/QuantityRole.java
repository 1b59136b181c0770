package org.claimgraph.claim.quantity;

/** The grammatical role the words around a number give it. */
public enum QuantityRole {
    /** a level: "39 Milliarden Dollar", "auf 52,7 Milliarden", "to $32 billion" */
    VALUE,
    /** a change: "um 16 Prozent", "by 22%", "up 265%", "+15 %", "down 3%" (value negative for falls when the text says so) */
    CHANGE,
    /** the earlier level of a from–to pair: the 475 of "von 475 auf 510", the $3.6 billion of "from $3.6 billion" */
    PREVIOUS
}
