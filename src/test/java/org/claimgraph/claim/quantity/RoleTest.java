package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Change (with sign), previous level of from-to pairs, and values. Cases: {@code claim/quantity/roles.tsv}. */
class RoleTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("roles.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
