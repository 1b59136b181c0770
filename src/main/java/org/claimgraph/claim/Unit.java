package org.claimgraph.claim;

/** Units of measure, each a Wikidata item. Plain counts have no unit. */
public enum Unit {
    USD("Q4917"),
    EUR("Q4916"),
    PERCENT("Q11229");

    private final String qid;

    Unit(String qid) {
        this.qid = qid;
    }

    public String qid() {
        return qid;
    }

    public boolean isCurrency() {
        return this == USD || this == EUR;
    }
}
