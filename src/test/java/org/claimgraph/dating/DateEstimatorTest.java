package org.claimgraph.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.claimgraph.ingest.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The estimator over the cases of src/test/resources/dating/cases.csv, both languages. */
class DateEstimatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/dating/cases.csv", delimiter = '|')
    void estimates(String id, String language, String url, String text, String expected, String methodWords) {
        Optional<DateEstimate> estimate = Dating.estimate(Language.fromTag(language).orElseThrow(),
            "-".equals(url) ? null : url, text);
        if ("-".equals(expected)) {
            assertEquals(Optional.empty(), estimate, id + ": no evidence fixes a date");
            return;
        }
        assertTrue(estimate.isPresent(), id + ": an estimate");
        assertEquals(expected, estimate.get().date().lexical(), id + ": " + estimate.get().method());
        assertTrue(estimate.get().method().contains(methodWords), id + ": method names its evidence: " + estimate.get().method());
    }

    @Test
    void aUrlDateIsMoreCertainThanAnEntityPlacedMonth() {
        double url = Dating.estimate(Language.EN, "https://example.org/2025/06/orbis", "Orbis Cloud grew.").orElseThrow().confidence();
        double month = Dating.estimate(Language.DE, null,
            "Kestrel Chat wächst schnell. Im Juli hatte Nordlicht Systems die App gestartet.").orElseThrow().confidence();
        assertTrue(url > month, url + " > " + month);
    }
}
