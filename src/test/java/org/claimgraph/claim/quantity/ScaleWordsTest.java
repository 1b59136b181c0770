package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scale words and their abbreviations; German "Billion" is 10^12. Cases: {@code claim/quantity/scale-words.tsv}. */
class ScaleWordsTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("scale-words.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
