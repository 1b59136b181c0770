package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Approximation words and the bounds they set. Cases: {@code claim/quantity/approximations.tsv}. */
class ApproximationTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("approximations.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
