package org.claimgraph.claim.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.claimgraph.ingest.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The separator rules of {@link NumberSyntax}: language and shape together. */
class NumberSyntaxTest {

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "DE | 148.500     | 148500",
        "DE | 1.800       | 1800",
        "DE | 2.345.678   | 2345678",
        "DE | 1.234,56    | 1234.56",
        "DE | 23,7        | 23.7",
        "DE | 1,375       | 1.375",
        "DE | 3.8         | 3.8",
        "DE | 0.750       | 0.75",
        "DE | 1,234.5     | 1234.5",
        "EN | 148,500     | 148500",
        "EN | 1.800       | 1.8",
        "EN | 2,345,678   | 2345678",
        "EN | 1,234.56    | 1234.56",
        "EN | 23.7        | 23.7",
        "EN | 3,5         | 3.5",
        "EN | 1.234,5     | 1234.5",
        "EN | 1234.567    | 1234.567",
        "DE | 42          | 42",
    })
    void parses(Language lang, String raw, BigDecimal expected) {
        assertEquals(0, expected.compareTo(NumberSyntax.parse(raw, lang)), raw);
    }

    @ParameterizedTest(name = "{0} {1} is malformed")
    @CsvSource(delimiter = '|', value = {
        "DE | 1.23.456",
        "EN | 12,34,567",
        "DE | 1.234,5,6",
    })
    void rejects(Language lang, String raw) {
        assertNull(NumberSyntax.parse(raw, lang));
    }
}
