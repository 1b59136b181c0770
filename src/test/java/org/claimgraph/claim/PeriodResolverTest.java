package org.claimgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.claimgraph.ingest.PublicationDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Explicit and relative periods in German and English, for calendar-year and fiscal-year reporters. */
class PeriodResolverTest {

    private final PeriodResolver resolver = new PeriodResolver();

    @ParameterizedTest(name = "[{index}] {0} @ {1} (FY ends {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        Im zweiten Quartal 2025 stieg der Umsatz.                | 2025-09-10 | 12 | 2025-Q2
        Im dritten Quartal stieg der Umsatz.                     | 2025-11-02 | 12 | 2025-Q3
        Im vierten Quartal stieg der Umsatz.                     | 2026-02-01 | 12 | 2025-Q4
        Im abgelaufenen Quartal stieg der Umsatz.                | 2025-10-30 | 12 | 2025-Q3
        Im abgelaufenen Quartal stieg der Umsatz.                | 2025-10-30 | 6  | FY2026-Q1
        Im vergangenen Quartal stieg der Umsatz.                 | 2026-02    | 12 | 2025-Q4
        Für das laufende Quartal erwartet der Konzern mehr.      | 2025-07-20 | 12 | 2025-Q3
        Im laufenden Geschäftsjahr 2026 will man investieren.    | 2026-05    | 12 | 2026
        Im Geschäftsjahr 2025/26 will man investieren.           | 2025-11    | 6  | FY2026
        In diesem Jahr soll der Umsatz steigen.                  | 2025-04    | 12 | 2025
        Im kommenden Jahr soll der Umsatz steigen.               | 2025-04    | 12 | 2026
        Q3 2025 brought higher sales.                            | 2025-11-01 | 12 | 2025-Q3
        Second-quarter revenue rose.                             | 2025-07-29 | 12 | 2025-Q2
        Revenue in the fourth quarter rose.                      | 2026-02-25 | 1  | FY2026-Q4
        Revenue in the fourth quarter of fiscal 2025 rose.       | 2026-02-25 | 1  | FY2025-Q4
        Sales in the current quarter will grow.                  | 2025-07-29 | 12 | 2025-Q3
        Revenue last quarter grew.                               | 2025-05-02 | 9  | FY2025-Q2
        The company expects more next year.                      | 2025-05-02 | 12 | 2026
        Fiscal 2026 capital spending will rise.                  | 2025-08-01 | 6  | FY2026
        Sales so far this year doubled.                          | 2025-08-01 | 12 | 2025
        """)
    void resolvesTheFirstPeriodOfTheSentence(String sentence, String date, int yearEnd, String expected) {
        List<PeriodMention> found = resolver.find(sentence, PublicationDate.parse(date).orElseThrow(), yearEnd);
        String periods = found.stream().filter(p -> !p.isBasis()).map(p -> p.period().lexical()).collect(Collectors.joining(","));
        assertEquals(expected, periods);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Der Gewinn stieg gegenüber dem Vorjahresquartal.          | YEAR_AGO
        Vor Jahresfrist waren es noch zwei Milliarden.            | YEAR_AGO
        Der Umsatz legte im Jahresvergleich zu.                   | YEAR_AGO
        Im Vergleich zum Vorquartal sank der Umsatz.              | PREVIOUS_QUARTER
        Revenue rose from a year ago.                             | YEAR_AGO
        Revenue rose compared with the year-ago quarter.          | YEAR_AGO
        Revenue rose 5% from the previous quarter.                | PREVIOUS_QUARTER
        Revenue was $3 billion last year in the same period.      | YEAR_AGO
        """)
    void recognisesComparisonBases(String sentence, PeriodMention.Basis expected) {
        List<PeriodMention> found = resolver.find(sentence, PublicationDate.parse("2025-08-01").orElseThrow(), 12);
        assertEquals(List.of(expected), found.stream().filter(PeriodMention::isBasis).map(PeriodMention::basis).toList());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        2025-Q2   | YEAR_AGO         | 2024-Q2
        2025-Q1   | PREVIOUS_QUARTER | 2024-Q4
        FY2026-Q1 | YEAR_AGO         | FY2025-Q1
        """)
    void basesDateTheEarlierFigure(String current, PeriodMention.Basis basis, String expected) {
        String[] parts = current.replace("FY", "").split("-Q");
        Period p = Period.quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), current.startsWith("FY") ? 6 : 12);
        assertEquals(expected, new PeriodMention(0, 0, null, basis).applyTo(p).lexical());
    }

    @ParameterizedTest(name = "[{index}] {0} ended before {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2025-Q2 | 2025-08    | true
        2025-Q3 | 2025-08    | false
        2025-Q3 | 2025-09-30 | false
        2025-Q3 | 2025-10-01 | true
        """)
    void knowsWhetherAPeriodIsOver(String period, String date, boolean over) {
        String[] parts = period.split("-Q");
        Period p = Period.quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 12);
        assertEquals(over, p.endedBefore(PublicationDate.parse(date).orElseThrow()));
    }
}
