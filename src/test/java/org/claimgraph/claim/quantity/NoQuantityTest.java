package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Years, dates, times, model names, labels, addresses: no mention. Cases: {@code claim/quantity/negatives.tsv}. */
class NoQuantityTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("negatives.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
