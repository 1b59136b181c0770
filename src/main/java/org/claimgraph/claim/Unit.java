package org.claimgraph.claim;

/**
 * Units of measure, each a Wikidata item. Plain counts have no unit. The currencies beyond the US
 * dollar and the euro are those tech news report results in (pound, yen, franc, yuan, won, rupee,
 * Taiwan and Hong Kong dollar); their items were checked against several independent
 * Wikidata-derived currency tables.
 */
public enum Unit {
    USD("Q4917"),
    EUR("Q4916"),
    GBP("Q25224"),
    JPY("Q8146"),
    CHF("Q25344"),
    CNY("Q39099"),
    KRW("Q202040"),
    INR("Q80524"),
    TWD("Q208526"),
    HKD("Q31015"),
    PERCENT("Q11229");

    private final String qid;

    Unit(String qid) {
        this.qid = qid;
    }

    public String qid() {
        return qid;
    }

    public boolean isCurrency() {
        return this != PERCENT;
    }
}
