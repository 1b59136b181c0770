package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Approximation words mapped to cg:AtMost, cg:AtLeast, cg:Approximately and bounds.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class ApproximationPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # "exceed"/"surpassed" bound from below
        en => Tesla CFO Vaibhav Taneja said capital expenditures would exceed $9 billion this year. => Q:tesla|CapitalExpenditure|9000000000|9000000000|-|USD|AtLeast|2025|Forecast|vaibhav-taneja
        en@2025-07-31 => Microsoft said Azure's annual revenue surpassed $75 billion in fiscal 2025. => Q:microsoft-azure|Revenue|75000000000|75000000000|-|USD|AtLeast|FY2025|Reported|microsoft
        # knapp/fast/nearly/almost = AtMost (value and upper bound); gut/mehr als/über/more than/over = AtLeast
        # (value and lower bound); rund/etwa/about/around/roughly = Approximately; bis zu/up to = upper bound only
        de => Tesla beschäftigt knapp 125.000 Mitarbeiter. => Q:tesla|Employees|125000|-|125000|-|AtMost|-|Reported|-
        de => Netflix hat fast 302 Millionen zahlende Kunden. => Q:netflix|Customers|302000000|-|302000000|-|AtMost|-|Reported|-
        de => Snapchat hat täglich knapp 470 Millionen aktive Nutzer. => Q:snapchat|DailyActiveUsers|470000000|-|470000000|-|AtMost|-|Reported|-
        de => Alphabet erzielte 2024 einen Umsatz von rund 350 Milliarden Dollar. => Q:alphabet|Revenue|350000000000|-|-|USD|Approximately|2024|Reported|-
        de => Intel beschäftigt etwa 100.000 Mitarbeiter. => Q:intel|Employees|100000|-|-|-|Approximately|-|Reported|-
        de => Der Umsatz von IBM lag 2024 bei gut 62 Milliarden Dollar. => Q:ibm|Revenue|62000000000|62000000000|-|USD|AtLeast|2024|Reported|-
        de => Amazon beschäftigt über 1,5 Millionen Mitarbeiter. => Q:amazon|Employees|1500000|1500000|-|-|AtLeast|-|Reported|-
        de => Threads hat mehr als 400 Millionen monatlich aktive Nutzer. => Q:threads|MonthlyActiveUsers|400000000|400000000|-|-|AtLeast|-|Reported|-
        de => ChatGPT hat gut 700 Millionen wöchentliche Nutzer. => Q:chatgpt|WeeklyActiveUsers|700000000|700000000|-|-|AtLeast|-|Reported|-
        de => Meta will 2025 bis zu 72 Milliarden Dollar investieren. => Q:meta-platforms|CapitalExpenditure|-|-|72000000000|USD|AtMost|2025|Plan|-
        en => ChatGPT has nearly 800 million weekly active users. => Q:chatgpt|WeeklyActiveUsers|800000000|-|800000000|-|AtMost|-|Reported|-
        en => Netflix has almost 302 million paying customers. => Q:netflix|Customers|302000000|-|302000000|-|AtMost|-|Reported|-
        en => Amazon's revenue was around $638 billion in 2024. => Q:amazon|Revenue|638000000000|-|-|USD|Approximately|2024|Reported|-
        en => Snapchat has about 469 million daily active users. => Q:snapchat|DailyActiveUsers|469000000|-|-|-|Approximately|-|Reported|-
        en => Instagram has more than 2 billion monthly active users. => Q:instagram|MonthlyActiveUsers|2000000000|2000000000|-|-|AtLeast|-|Reported|-
        en => Amazon has over 1.5 million employees. => Q:amazon|Employees|1500000|1500000|-|-|AtLeast|-|Reported|-
        en => Microsoft plans to spend up to $80 billion on capital expenditures in fiscal 2025. => Q:microsoft|CapitalExpenditure|-|-|80000000000|USD|AtMost|FY2025|Plan|-
        en => Salesforce employs about 76,000 people. => Q:salesforce|Employees|76000|-|-|-|Approximately|-|Reported|-
        en => Meta employs roughly 76,800 people. => Q:meta-platforms|Employees|76800|-|-|-|Approximately|-|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
