package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2026-05-03 | 2026-05-03",
            "2026-05 | 2026-05",
            "2026 | 2026",
            "2026-05-03T10:00:00Z | 2026-05-03",
            "2026-05-03T10:00:00.123+02:00 | 2026-05-03",
            "2026-5-3 | 2026-05-03",
            "03.05.2026 | 2026-05-03",
            "3. Mai 2026 | 2026-05-03",
            "31. Oktober 2026 | 2026-10-31",
            "31 October 2026 | 2026-10-31",
            "Oct. 31, 2026 | 2026-10-31",
            "October 31 2026 | 2026-10-31",
            "März 2026 | 2026-03",
            "  December 2026  | 2026-12",
            "31.02.2026 | -",
            "2026-13 | -",
            "32. Mai 2026 | -",
            "Frühling 2026 | -",
            "yesterday | -",
            "10/31/2026 | -",
            "'' | -"})
    void parses(String value, String expected) {
        assertEquals(expected, DateValues.parse(value).map(PublicationDate::lexical).orElse(null));
    }
}
