package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "beziehungsweise"/"bzw."/"respectively" distribute values over the metrics or subjects they pair with.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class RespectivelyPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # a hedge before the first of numerals sharing their head bounds each; one before a figure with its own unit does not
        de => Metas Threads kommt auf mehr als 100 beziehungsweise 400 Millionen tägliche und monatliche Nutzer. => Q:threads|DailyActiveUsers|100000000|100000000|-|-|AtLeast|-|Reported|-;Q:threads|MonthlyActiveUsers|400000000|400000000|-|-|AtLeast|-|Reported|-
        de => Umsatz und Nettogewinn von Alphabet lagen 2024 bei rund 350 beziehungsweise 100 Milliarden Dollar. => Q:alphabet|Revenue|350000000000|-|-|USD|Approximately|2024|Reported|-;Q:alphabet|NetIncome|100000000000|-|-|USD|Approximately|2024|Reported|-
        en => Meta's Threads has more than 100 million and 400 million daily and monthly users, respectively. => Q:threads|DailyActiveUsers|100000000|100000000|-|-|AtLeast|-|Reported|-;Q:threads|MonthlyActiveUsers|400000000|400000000|-|-|AtLeast|-|Reported|-
        en => Snapchat now has nearly 500 million daily and 950 million monthly active users, respectively. => Q:snapchat|DailyActiveUsers|500000000|-|500000000|-|AtMost|-|Reported|-;Q:snapchat|MonthlyActiveUsers|950000000|-|950000000|-|AtMost|-|Reported|-
        en => Netflix's revenue and net income were about $11 billion and $3.1 billion, respectively. => Q:netflix|Revenue|11000000000|-|-|USD|Approximately|-|Reported|-;Q:netflix|NetIncome|3100000000|-|-|USD|-|-|Reported|-
        # beziehungsweise / bzw. / respectively distribute values over metrics or subjects
        de => Umsatz und Nettogewinn von Alphabet lagen 2024 bei 350 beziehungsweise 100 Milliarden Dollar. => Q:alphabet|Revenue|350000000000|-|-|USD|-|2024|Reported|-;Q:alphabet|NetIncome|100000000000|-|-|USD|-|2024|Reported|-
        de => Umsatz und operativer Gewinn von SAP stiegen 2024 auf 34,2 beziehungsweise 4,7 Milliarden Euro. => Q:sap|Revenue|34200000000|-|-|EUR|-|2024|Reported|-;Q:sap|OperatingIncome|4700000000|-|-|EUR|-|2024|Reported|-
        de => Instagram und Facebook haben 2 beziehungsweise 3 Milliarden monatlich aktive Nutzer. => Q:instagram|MonthlyActiveUsers|2000000000|-|-|-|-|-|Reported|-;Q:facebook|MonthlyActiveUsers|3000000000|-|-|-|-|-|Reported|-
        de => Der Umsatz von Microsoft und Apple lag bei 76 bzw. 94 Milliarden Dollar. => Q:microsoft|Revenue|76000000000|-|-|USD|-|-|Reported|-;Q:apple|Revenue|94000000000|-|-|USD|-|-|Reported|-
        de => Google Cloud und YouTube setzten 13,6 bzw. 9,8 Milliarden Dollar um. => Q:google-cloud|Revenue|13600000000|-|-|USD|-|-|Reported|-;Q:youtube|Revenue|9800000000|-|-|USD|-|-|Reported|-
        en => Netflix's revenue and net income were $11.1 billion and $3.1 billion, respectively, in the second quarter of 2025. => Q:netflix|Revenue|11100000000|-|-|USD|-|2025-Q2|Reported|-;Q:netflix|NetIncome|3100000000|-|-|USD|-|2025-Q2|Reported|-
        en => Revenue and operating income at IBM were $17.0 billion and $2.7 billion, respectively. => Q:ibm|Revenue|17000000000|-|-|USD|-|-|Reported|-;Q:ibm|OperatingIncome|2700000000|-|-|USD|-|-|Reported|-
        en => Google Cloud and Other Bets had revenue of $13.6 billion and $0.4 billion, respectively. => Q:google-cloud|Revenue|13600000000|-|-|USD|-|-|Reported|-;Q:other-bets|Revenue|400000000|-|-|USD|-|-|Reported|-
        en => Net income at Microsoft and Alphabet was $27.2 billion and $28.2 billion, respectively. => Q:microsoft|NetIncome|27200000000|-|-|USD|-|-|Reported|-;Q:alphabet|NetIncome|28200000000|-|-|USD|-|-|Reported|-
        en => WhatsApp and Messenger have 3 billion and 1 billion monthly active users, respectively. => Q:whatsapp|MonthlyActiveUsers|3000000000|-|-|-|-|-|Reported|-;Q:messenger|MonthlyActiveUsers|1000000000|-|-|-|-|-|Reported|-
        en => Intel's net income and revenue were $1.0 billion and $12.9 billion, respectively, in the second quarter of 2025. => Q:intel|NetIncome|1000000000|-|-|USD|-|2025-Q2|Reported|-;Q:intel|Revenue|12900000000|-|-|USD|-|2025-Q2|Reported|-
        de => Die Zahl der täglichen und monatlichen Nutzer von Threads lag bei 100 beziehungsweise 400 Millionen. => Q:threads|DailyActiveUsers|100000000|-|-|-|-|-|Reported|-;Q:threads|MonthlyActiveUsers|400000000|-|-|-|-|-|Reported|-
        en => Snapchat had 469 million daily and 900 million monthly active users, respectively. => Q:snapchat|DailyActiveUsers|469000000|-|-|-|-|-|Reported|-;Q:snapchat|MonthlyActiveUsers|900000000|-|-|-|-|-|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
