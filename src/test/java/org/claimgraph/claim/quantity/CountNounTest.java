package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Count nouns with folded gender forms, and per-share amounts. Cases: {@code claim/quantity/count-nouns.tsv}. */
class CountNounTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("count-nouns.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
