package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changes: percent and absolute changes as the …Change twin, from–to as two levels, year-ago comparisons.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class ChangePhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # a pronoun after a stock move continues it: "They had gained 28%", "Seit Jahresbeginn hat sie 28 Prozent zugelegt"
        en => Microsoft shares fell about 3% on Thursday. They had gained 28% this year. => Q:microsoft|SharePriceChange|-3|-|-|PERCENT|Approximately|2025-07-31|Reported|-;Q:microsoft|SharePriceChange|28|-|-|PERCENT|-|-|Reported|-
        de => Die Microsoft-Aktie fiel am Donnerstag um drei Prozent. Seit Jahresbeginn hat sie 28 Prozent zugelegt. => Q:microsoft|SharePriceChange|-3|-|-|PERCENT|-|2025-07-31|Reported|-;Q:microsoft|SharePriceChange|28|-|-|PERCENT|-|-|Reported|-
        # "nach knapp 99.000 Ende 2024" after the level reached is the earlier level, reported for its own date
        de@2025-07-25 => Bei Intel soll die Zahl der Beschäftigten auf rund 75.000 sinken, nach knapp 99.000 Ende 2024. => Q:intel|Employees|75000|-|-|-|Approximately|-|Forecast|-;Q:intel|Employees|99000|-|99000|-|AtMost|2024|Reported|-
        # "auf ein Rekordhoch von X" is the level reached, though the split verb "legte … zu" closes the clause
        de@2025-10-08 => Die Samsung-Aktie legte im frühen Handel um 4,2 Prozent auf ein Rekordhoch von 98.500 Won zu. => Q:samsung-electronics|SharePriceChange|4.2|-|-|PERCENT|-|2025-10-08|Reported|-;Q:samsung-electronics|SharePrice|98500|-|-|KRW|-|2025-10-08|Reported|-
        # "vor einem Jahr" dates a figure after "nach" to the year before, like "ein Jahr zuvor"
        de => Intel wies im zweiten Quartal einen Nettoverlust von 2,9 Milliarden Dollar aus, nach einem Verlust von 1,6 Milliarden Dollar vor einem Jahr. => Q:intel|NetIncome|-2900000000|-|-|USD|-|2025-Q2|Reported|-;Q:intel|NetIncome|-1600000000|-|-|USD|-|2024-Q2|Reported|-
        # a split verb with no "um": "gab … knapp vier Prozent nach" is a fall
        de@2025-10-30 => Die Meta-Aktie gab nachbörslich knapp vier Prozent nach. => Q:meta-platforms|SharePriceChange|-4|-|-4|PERCENT|AtMost|2025-10-30|Reported|-
        de@2025-10-30 => Die Intel-Aktie gab im frühen Handel 2,5 Prozent nach. => Q:intel|SharePriceChange|-2.5|-|-|PERCENT|-|2025-10-30|Reported|-
        de@2025-10-30 => Der Umsatz von SAP nahm im dritten Quartal 9 Prozent zu. => Q:sap|RevenueChange|9|-|-|PERCENT|-|2025-Q3|Reported|-
        # verbs of falling, also verb-final: eingebüßt, büßte ein, rutschte ab; slid, plunged, tumbled
        de => Die SAP-Aktie hat seit Jahresbeginn gut zehn Prozent an Wert eingebüßt. => Q:sap|SharePriceChange|-10|-10|-|PERCENT|AtLeast|-|Reported|-
        de => Die SAP-Aktie büßte am Donnerstag vier Prozent ein. => Q:sap|SharePriceChange|-4|-|-|PERCENT|-|2025-07-31|Reported|-
        de => Die SAP-Aktie rutschte am Donnerstag um vier Prozent auf 221 Euro ab. => Q:sap|SharePriceChange|-4|-|-|PERCENT|-|2025-07-31|Reported|-;Q:sap|SharePrice|221|-|-|EUR|-|2025-07-31|Reported|-
        en => SAP shares slid 4% to EUR 221 on Thursday. => Q:sap|SharePriceChange|-4|-|-|PERCENT|-|2025-07-31|Reported|-;Q:sap|SharePrice|221|-|-|EUR|-|2025-07-31|Reported|-
        en => SAP shares have plunged more than 10% this year. => Q:sap|SharePriceChange|-10|-10|-|PERCENT|AtLeast|-|Reported|-
        en => SAP shares tumbled 7% on Thursday. => Q:sap|SharePriceChange|-7|-|-|PERCENT|-|2025-07-31|Reported|-
        # a margin that narrows or shrinks falls
        en => Tesla's automotive gross margin narrowed by 1.2 percentage points to 17.2%. => Q:tesla|GrossMarginChange|-1.2|-|-|PERCENT|-|-|Reported|-;Q:tesla|GrossMargin|17.2|-|-|PERCENT|-|-|Reported|-
        de => Die Bruttomarge von Tesla schrumpfte um 1,2 Prozentpunkte auf 17,2 Prozent. => Q:tesla|GrossMarginChange|-1.2|-|-|PERCENT|-|-|Reported|-;Q:tesla|GrossMargin|17.2|-|-|PERCENT|-|-|Reported|-
        # percent changes (um X Prozent, up X%), from–to (two levels), Vorjahresquartal / year-ago
        de => Der Umsatz von Microsoft stieg im Vergleich zum Vorjahresquartal um 18 Prozent. => Q:microsoft|RevenueChange|18|-|-|PERCENT|-|-|Reported|-
        de => Der Nettogewinn von Alphabet wuchs 2024 um 36 Prozent auf 100,1 Milliarden Dollar. => Q:alphabet|NetIncomeChange|36|-|-|PERCENT|-|2024|Reported|-;Q:alphabet|NetIncome|100100000000|-|-|USD|-|2024|Reported|-
        de => Die Zahl der Mitarbeiter von Intel sank von 124.800 auf 108.900. => Q:intel|Employees|124800|-|-|-|-|-|Reported|-;Q:intel|Employees|108900|-|-|-|-|-|Reported|-
        de => Der Umsatz von Netflix stieg von 33,7 auf 39 Milliarden Dollar. => Q:netflix|Revenue|33700000000|-|-|USD|-|-|Reported|-;Q:netflix|Revenue|39000000000|-|-|USD|-|-|Reported|-
        de => Die Nvidia-Aktie legte um 4,2 Prozent zu. => Q:nvidia|SharePriceChange|4.2|-|-|PERCENT|-|-|Reported|-
        de => Der Umsatz von Tesla ging im zweiten Quartal 2025 um 12 Prozent zurück. => Q:tesla|RevenueChange|-12|-|-|PERCENT|-|2025-Q2|Reported|-
        de => Apple steigerte den Umsatz im Jahresvergleich um 10 Prozent auf 94 Milliarden Dollar. => Q:apple|RevenueChange|10|-|-|PERCENT|-|-|Reported|-;Q:apple|Revenue|94000000000|-|-|USD|-|-|Reported|-
        de => Alphabet steigerte den Umsatz im zweiten Quartal 2025 auf 96,4 Milliarden Dollar. Im Vorjahresquartal waren es 84,7 Milliarden Dollar. => Q:alphabet|Revenue|96400000000|-|-|USD|-|2025-Q2|Reported|-;Q:alphabet|Revenue|84700000000|-|-|USD|-|2024-Q2|Reported|-
        en => Microsoft's revenue rose 18% from the year-ago quarter. => Q:microsoft|RevenueChange|18|-|-|PERCENT|-|-|Reported|-
        en => Alphabet's net income was up 36% to $100.1 billion in 2024. => Q:alphabet|NetIncomeChange|36|-|-|PERCENT|-|2024|Reported|-;Q:alphabet|NetIncome|100100000000|-|-|USD|-|2024|Reported|-
        en => Netflix's revenue grew from $33.7 billion to $39.0 billion. => Q:netflix|Revenue|33700000000|-|-|USD|-|-|Reported|-;Q:netflix|Revenue|39000000000|-|-|USD|-|-|Reported|-
        en => Intel cut its workforce from 124,800 to 108,900 employees. => Q:intel|Employees|124800|-|-|-|-|-|Reported|-;Q:intel|Employees|108900|-|-|-|-|-|Reported|-
        en => Nvidia shares rose 4.2% on Friday. => Q:nvidia|SharePriceChange|4.2|-|-|PERCENT|-|2025-08-01|Reported|-
        en => Tesla's revenue fell 12% in the second quarter of 2025. => Q:tesla|RevenueChange|-12|-|-|PERCENT|-|2025-Q2|Reported|-
        en => Apple's revenue increased 10% year over year to $94 billion. => Q:apple|RevenueChange|10|-|-|PERCENT|-|-|Reported|-;Q:apple|Revenue|94000000000|-|-|USD|-|-|Reported|-
        en => Meta's net income fell by $2 billion to $13.5 billion in the second quarter of 2025. => Q:meta-platforms|NetIncomeChange|-2000000000|-|-|USD|-|2025-Q2|Reported|-;Q:meta-platforms|NetIncome|13500000000|-|-|USD|-|2025-Q2|Reported|-
        en => Alphabet's revenue rose to $96.4 billion in the second quarter of 2025, from $84.7 billion in the year-ago quarter. => Q:alphabet|Revenue|96400000000|-|-|USD|-|2025-Q2|Reported|-;Q:alphabet|Revenue|84700000000|-|-|USD|-|2024-Q2|Reported|-
        en => Uber's revenue rose 18% to $12.7bn in the second quarter of 2025. => Q:uber|RevenueChange|18|-|-|PERCENT|-|2025-Q2|Reported|-;Q:uber|Revenue|12700000000|-|-|USD|-|2025-Q2|Reported|-
        # a fall is signed; a one-sided bound keeps the slot its hedge word names (it bounds the size), a range keeps lower <= upper
        de => Intel hat im Jahr 2024 mehr als 15.000 Stellen gestrichen. => Q:intel|EmployeesChange|-15000|-15000|-|-|AtLeast|2024|Reported|-
        de => Der Umsatz von Tesla sank im ersten Quartal 2025 um knapp 9 Prozent. => Q:tesla|RevenueChange|-9|-|-9|PERCENT|AtMost|2025-Q1|Reported|-
        de => Der Gewinn von Intel sank im Jahr 2024 um 5 bis 7 Prozent. => Q:intel|NetIncomeChange|-|-7|-5|PERCENT|-|2024|Reported|-
        de => Amazon will bis zu 14.000 Stellen abbauen. => Q:amazon|EmployeesChange|-|-|-14000|-|AtMost|-|Plan|-
        en => Intel cut more than 15,000 jobs in 2024. => Q:intel|EmployeesChange|-15000|-15000|-|-|AtLeast|2024|Reported|-
        en => Tesla's revenue fell nearly 9% in the first quarter of 2025. => Q:tesla|RevenueChange|-9|-|-9|PERCENT|AtMost|2025-Q1|Reported|-
        en => Amazon plans to eliminate up to 14,000 jobs. => Q:amazon|EmployeesChange|-|-|-14000|-|AtMost|-|Plan|-
        en => Intel's net income fell 5 to 7 percent in 2024. => Q:intel|NetIncomeChange|-|-7|-5|PERCENT|-|2024|Reported|-
        de => Im zweiten Quartal 2025 verdiente Alphabet 28,2 Milliarden Dollar, nach 23,6 Milliarden vor einem Jahr. => Q:alphabet|NetIncome|28200000000|-|-|USD|-|2025-Q2|Reported|-;Q:alphabet|NetIncome|23600000000|-|-|USD|-|2024-Q2|Reported|-
        de => Der Nettogewinn von Intel stieg im zweiten Quartal 2025 von 1,5 Milliarden Dollar vor Jahresfrist auf 2,9 Milliarden Dollar. => Q:intel|NetIncome|1500000000|-|-|USD|-|2024-Q2|Reported|-;Q:intel|NetIncome|2900000000|-|-|USD|-|2025-Q2|Reported|-
        # hiring is a headcount change; "adding $X to its market value" is a change of it; a bare count compared with a count
        en => Amazon plans to hire 1,500 people in Ohio. => Q:amazon|EmployeesChange|1500|-|-|-|-|-|Plan|-
        en => Oracle's shares jumped 30% on Tuesday, adding about $200 billion to its market value. => Q:oracle|SharePriceChange|30|-|-|PERCENT|-|2025-07-29|Reported|-;Q:oracle|MarketCapitalizationChange|200000000000|-|-|USD|Approximately|2025-07-29|Reported|-
        en => SAP employed 109,000 people at the end of June, compared with 107,000 a year earlier. => Q:sap|Employees|109000|-|-|-|-|2025-06|Reported|-;Q:sap|Employees|107000|-|-|-|-|2024-06|Reported|-
        # a verb of falling earlier in the clause signs a bare percentage; "im Minus"/"im Plus" after it
        de => Die SAP-Aktie verlor am Mittwoch knapp zwei Prozent. => Q:sap|SharePriceChange|-2|-|-2|PERCENT|AtMost|2025-07-30|Reported|-
        de => Die Siemens-Aktie schloss 1,8 Prozent im Minus. => Q:siemens|SharePriceChange|-1.8|-|-|PERCENT|-|2025-08-01|Reported|-
        # a share of the workforce cut is a fall of the headcount
        de => Intel will rund 15 Prozent der Belegschaft abbauen. => Q:intel|EmployeesChange|-15|-|-|PERCENT|Approximately|-|Plan|-
        en => Intel plans to cut about 15% of its workforce. => Q:intel|EmployeesChange|-15|-|-|PERCENT|Approximately|-|Plan|-
        # jobs that "sollen wegfallen" are a planned cut
        de => Bei SAP sollen rund 8000 Stellen wegfallen. => Q:sap|EmployeesChange|-8000|-|-|-|Approximately|-|Plan|-
        # a separable verb split around the figure: "gab … nach", "nahm … ab"
        de => Die SAP-Aktie gab um 1,5 Prozent auf 240 Euro nach. => Q:sap|SharePriceChange|-1.5|-|-|PERCENT|-|-|Reported|-;Q:sap|SharePrice|240|-|-|EUR|-|-|Reported|-
        de => Die Zahl der Mitarbeiter von Intel nahm 2024 um 15 Prozent ab. => Q:intel|EmployeesChange|-15|-|-|PERCENT|-|2024|Reported|-
        # a fraction after a verb of change, or before its participle, is a relative change ("die Hälfte der Nutzer" stays a share)
        de => Seit Jahresbeginn hat die Tesla-Aktie gut ein Fünftel zugelegt. => Q:tesla|SharePriceChange|20|20|-|PERCENT|AtLeast|-|Reported|-
        de => Die Tesla-Aktie hat seit Jahresbeginn etwa ein Viertel an Wert verloren. => Q:tesla|SharePriceChange|-25|-|-|PERCENT|Approximately|-|Reported|-
        en => Tesla shares have lost about a fifth of their value this year. => Q:tesla|SharePriceChange|-20|-|-|PERCENT|Approximately|-|Reported|-
        en => Tesla shares have gained roughly a quarter since January. => Q:tesla|SharePriceChange|25|-|-|PERCENT|Approximately|-|Reported|-
        # percentage points after a margin are its change, below is a fall
        de => Nvidia meldete Zahlen. Die Bruttomarge lag bei 73,4 Prozent und damit 1,2 Prozentpunkte unter dem Vorjahreswert. => Q:nvidia|GrossMargin|73.4|-|-|PERCENT|-|-|Reported|-;Q:nvidia|GrossMarginChange|-1.2|-|-|PERCENT|-|-|Reported|-
        en => Nvidia's gross margin was 73.4%, 1.2 percentage points below the year-ago level. => Q:nvidia|GrossMargin|73.4|-|-|PERCENT|-|-|Reported|-;Q:nvidia|GrossMarginChange|-1.2|-|-|PERCENT|-|-|Reported|-
        # the growth noun heading the clause makes the percentage a revenue change even with a unit name between
        de => Microsoft wuchs kräftig. Beim Wachstum schnitt die Cloud-Plattform Azure mit 27 Prozent am besten ab. => Q:microsoft-azure|RevenueChange|27|-|-|PERCENT|-|-|Reported|-
        de => Microsoft legte Zahlen vor. Die Cloud-Sparte Azure steigerte ihren Umsatz um 27 Prozent. Die vergleichbare Sparte von Google wuchs um 24 Prozent. => Q:microsoft-azure|RevenueChange|27|-|-|PERCENT|-|-|Reported|-;Q:google-cloud|RevenueChange|24|-|-|PERCENT|-|-|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
