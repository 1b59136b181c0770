package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Multipliers of comparisons. Cases: {@code claim/quantity/ratios.tsv}. */
class RatioTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("ratios.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
