package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Currencies before and after the number, cents and conversions. Cases: {@code claim/quantity/currencies.tsv}. */
class CurrencyTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("currencies.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
