package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** English separators and glued scale suffixes ("$2.5bn", "250k", "$850m"). Cases: {@code claim/quantity/english-separators.tsv}. */
class EnglishSeparatorsTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("english-separators.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
