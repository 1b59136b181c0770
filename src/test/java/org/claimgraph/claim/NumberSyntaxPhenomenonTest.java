package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Number syntax: German thousands separators and decimal commas, English separators, bn/m/trillion scales, currencies.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class NumberSyntaxPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # German thousands separators, decimal commas, Mio./Mrd. and English separators, bn/m suffixes
        de => SAP beschäftigt inzwischen 108.500 Mitarbeiter. => Q:sap|Employees|108500|-|-|-|-|-|Reported|-
        de => Siemens zählt weltweit 312.000 Beschäftigte. => Q:siemens|Employees|312000|-|-|-|-|-|Reported|-
        de => Microsoft erzielte im Geschäftsjahr 2024 einen Umsatz von 245,1 Milliarden Dollar. => Q:microsoft|Revenue|245100000000|-|-|USD|-|FY2024|Reported|-
        de => Die Deutsche Telekom meldete für 2024 einen Umsatz von 115,8 Mrd. Euro. => Q:deutsche-telekom|Revenue|115800000000|-|-|EUR|-|2024|Reported|deutsche-telekom
        de => Der Nettogewinn von Netflix belief sich 2024 auf 8,7 Milliarden US-Dollar. => Q:netflix|NetIncome|8700000000|-|-|USD|-|2024|Reported|-
        de => Die Aktie von Nvidia kostete zuletzt 173,50 Dollar. => Q:nvidia|SharePrice|173.5|-|-|USD|-|-|Reported|-
        de => Spotify hatte Ende 2024 insgesamt 263 Mio. zahlende Kunden. => Q:spotify|Customers|263000000|-|-|-|-|2024|Reported|-
        de => Der Umsatz von Uber stieg 2024 auf 44 Milliarden Dollar. => Q:uber|Revenue|44000000000|-|-|USD|-|2024|Reported|-
        de => Palantir kam 2024 auf einen Umsatz von 2.865 Millionen Dollar. => Q:palantir-technologies|Revenue|2865000000|-|-|USD|-|2024|Reported|-
        de => Die Bruttomarge von AMD lag im zweiten Quartal 2025 bei 53,7 Prozent. => Q:amd|GrossMargin|53.7|-|-|PERCENT|-|2025-Q2|Reported|-
        de => Amazon beschäftigt 1,55 Millionen Menschen. => Q:amazon|Employees|1550000|-|-|-|-|-|Reported|-
        en => Apple reported revenue of $94.9 billion for the quarter. => Q:apple|Revenue|94900000000|-|-|USD|-|-|Reported|apple
        en => Intel employed 108,900 people at the end of 2024. => Q:intel|Employees|108900|-|-|-|-|2024|Reported|-
        en => Amazon's net income was $18.2bn in the second quarter of 2025. => Q:amazon|NetIncome|18200000000|-|-|USD|-|2025-Q2|Reported|-
        en => Spotify said it had 276m paying customers. => Q:spotify|Customers|276000000|-|-|-|-|-|Reported|spotify
        en => Netflix posted revenue of $39.0 billion in 2024. => Q:netflix|Revenue|39000000000|-|-|USD|-|2024|Reported|-
        en => Alphabet's market capitalization reached $2.3 trillion. => Q:alphabet|MarketCapitalization|2300000000000|-|-|USD|-|-|Reported|-
        en => Salesforce reported revenue of $37,895 million for fiscal 2025. => Q:salesforce|Revenue|37895000000|-|-|USD|-|FY2025|Reported|salesforce
        en => IBM's operating income came to $1,234.5 million in 2024. => Q:ibm|OperatingIncome|1234500000|-|-|USD|-|2024|Reported|-
        en => Tesla shares closed at $308.27 on Thursday. => Q:tesla|SharePrice|308.27|-|-|USD|-|2025-07-31|Reported|-
        en => SAP's operating profit rose to €2.5bn in 2024. => Q:sap|OperatingIncome|2500000000|-|-|EUR|-|2024|Reported|-
        en => Uber's revenue came to $43.98 billion in 2024. => Q:uber|Revenue|43980000000|-|-|USD|-|2024|Reported|-
        de => Der Umsatz von Netflix lag 2024 bei 39 Mrd. US-Dollar, der Gewinn bei 8,7 Mrd. US-Dollar. => Q:netflix|Revenue|39000000000|-|-|USD|-|2024|Reported|-;Q:netflix|NetIncome|8700000000|-|-|USD|-|2024|Reported|-
        # currencies beyond dollar and euro are units of their own
        de => Der Umsatz von Samsung Electronics stieg im zweiten Quartal 2025 auf 74,6 Billionen Won. => Q:samsung-electronics|Revenue|74600000000000|-|-|KRW|-|2025-Q2|Reported|-
        en => TSMC's net income was NT$398.3 billion in the second quarter of 2025. => Q:tsmc|NetIncome|398300000000|-|-|TWD|-|2025-Q2|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
