package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** German thousands separators ("148.500", no-break space) against English decimal shapes. Cases: {@code claim/quantity/german-thousands.tsv}. */
class GermanThousandsSeparatorTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("german-thousands.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
