package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Percent, percentage points and basis points. Cases: {@code claim/quantity/percent.tsv}. */
class PercentTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("percent.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
