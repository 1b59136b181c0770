package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decimal commas, and decimal points the shape of the number demands. Cases: {@code claim/quantity/decimal-comma.tsv}. */
class DecimalCommaTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("decimal-comma.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
