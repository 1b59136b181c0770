package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Ranges with "bis", "to", dashes and "zwischen/between". Cases: {@code claim/quantity/ranges.tsv}. */
class RangeTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("ranges.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
