package org.claimgraph.claim;

/** How a figure is put forward: cg:Reported, cg:Forecast, cg:Plan, cg:Estimate. */
public enum Modality {
    REPORTED("Reported"),
    FORECAST("Forecast"),
    PLAN("Plan"),
    ESTIMATE("Estimate");

    private final String localName;

    Modality(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
