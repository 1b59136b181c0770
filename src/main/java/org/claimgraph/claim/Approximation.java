package org.claimgraph.claim;

/** cg:Approximately ("rund", "about"), cg:AtMost ("knapp", "nearly"), cg:AtLeast ("gut", "more than"). */
public enum Approximation {
    APPROXIMATELY("Approximately"),
    AT_MOST("AtMost"),
    AT_LEAST("AtLeast");

    private final String localName;

    Approximation(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
