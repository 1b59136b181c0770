package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranges: bis, zwischen … und, between … and, to, en dash.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class RangePhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # from–to: the later scale goes to a bare earlier number only, never to a whole one ("von 230.000 auf eine Million"); the from-level of a plan is reported
        de => Meta will die Zahl seiner GPUs von rund 230.000 auf eine Million erhöhen. => Q:meta-platforms|GPUCount|1000000|-|-|-|-|-|Plan|-;Q:meta-platforms|GPUCount|230000|-|-|-|Approximately|-|Reported|-
        en => Meta plans to raise its GPU count from about 230,000 to 1 million. => Q:meta-platforms|GPUCount|1000000|-|-|-|-|-|Plan|-;Q:meta-platforms|GPUCount|230000|-|-|-|Approximately|-|Reported|-
        de => Meta will die Investitionen von 40 auf 60 Milliarden Dollar erhöhen. => Q:meta-platforms|CapitalExpenditure|60000000000|-|-|USD|-|-|Plan|-;Q:meta-platforms|CapitalExpenditure|40000000000|-|-|USD|-|-|Reported|-
        # bis, zwischen … und, between … and, to, en dash
        de => Nvidia rechnet für das laufende Quartal mit einem Umsatz zwischen 44 und 46 Milliarden Dollar. => Q:nvidia|Revenue|-|44000000000|46000000000|USD|-|FY2026-Q3|Forecast|nvidia
        de => Meta will in diesem Jahr 64 bis 72 Milliarden Dollar investieren. => Q:meta-platforms|CapitalExpenditure|-|64000000000|72000000000|USD|-|2025|Plan|-
        de => Alphabet erwartet für 2025 Investitionen zwischen 75 und 85 Milliarden Dollar. => Q:alphabet|CapitalExpenditure|-|75000000000|85000000000|USD|-|2025|Forecast|alphabet
        de => Amazon rechnet im dritten Quartal mit einem Umsatz von 174 bis 179,5 Milliarden Dollar. => Q:amazon|Revenue|-|174000000000|179500000000|USD|-|2025-Q3|Forecast|amazon
        de => Intel erwartet im laufenden Quartal einen Umsatz von 12,6 bis 13,6 Milliarden Dollar. => Q:intel|Revenue|-|12600000000|13600000000|USD|-|2025-Q3|Forecast|intel
        de => Die Bruttomarge von AMD soll im dritten Quartal zwischen 53 und 55 Prozent liegen. => Q:amd|GrossMargin|-|53|55|PERCENT|-|2025-Q3|Forecast|-
        de => Oracle peilt für das Geschäftsjahr 2026 einen Umsatz von 66–67 Milliarden Dollar an. => Q:oracle|Revenue|-|66000000000|67000000000|USD|-|FY2026|Plan|-
        de => Die Zahl der Mitarbeiter von SAP soll 2025 zwischen 105.000 und 107.000 liegen. => Q:sap|Employees|-|105000|107000|-|-|2025|Forecast|-
        en => Alphabet expects capital expenditures between $75 billion and $80 billion this year. => Q:alphabet|CapitalExpenditure|-|75000000000|80000000000|USD|-|2025|Forecast|alphabet
        en => Intel expects revenue of $12.6 billion to $13.6 billion in the third quarter of 2025. => Q:intel|Revenue|-|12600000000|13600000000|USD|-|2025-Q3|Forecast|intel
        en => Amazon expects third-quarter revenue of $174 billion to $179.5 billion. => Q:amazon|Revenue|-|174000000000|179500000000|USD|-|2025-Q3|Forecast|amazon
        en => AMD forecast third-quarter revenue of $8.4 billion to $9.0 billion. => Q:amd|Revenue|-|8400000000|9000000000|USD|-|2025-Q3|Forecast|amd
        en => Meta expects 2025 capital expenditures in the range of $66–72 billion. => Q:meta-platforms|CapitalExpenditure|-|66000000000|72000000000|USD|-|2025|Forecast|meta-platforms
        en => Salesforce expects fiscal 2026 revenue between $41.0 billion and $41.3 billion. => Q:salesforce|Revenue|-|41000000000|41300000000|USD|-|FY2026|Forecast|salesforce
        en => AMD expects a gross margin of 53% to 55% in the third quarter of 2025. => Q:amd|GrossMargin|-|53|55|PERCENT|-|2025-Q3|Forecast|amd
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
