package org.claimgraph.claim.quantity;

import org.claimgraph.claim.Approximation;

/** How an approximation word bounds the number after it (see {@link QuantityMention}). */
enum Hedge {
    /** "knapp", "nearly": value = upper = X */
    NEARLY(Approximation.AT_MOST),
    /** "as high as", "as much as": a peak; value = upper = X, and the number is a level, never a change */
    PEAK(Approximation.AT_MOST),
    /** "rund", "about": value = X */
    ABOUT(Approximation.APPROXIMATELY),
    /** "gut", "mehr als", "more than": value = lower = X */
    OVER(Approximation.AT_LEAST),
    /** "bis zu", "up to": upper = X, no value */
    UP_TO(Approximation.AT_MOST);

    private final Approximation approximation;

    Hedge(Approximation approximation) {
        this.approximation = approximation;
    }

    Approximation approximation() {
        return approximation;
    }
}
