package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lists with "beziehungsweise", "bzw.", "respectively", "und/and" sharing scale and unit. Cases: {@code claim/quantity/lists.tsv}. */
class ListTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("lists.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
