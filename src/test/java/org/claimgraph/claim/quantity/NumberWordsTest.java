package org.claimgraph.claim.quantity;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Spelled-out cardinals, vague plurals; the article alone is not a number. Cases: {@code claim/quantity/number-words.tsv}. */
class NumberWordsTest {

    static List<QuantityCases.Case> cases() {
        return QuantityCases.load("number-words.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finds(QuantityCases.Case c) {
        c.check();
    }
}
