package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods: explicit and relative to the publication date, and fiscal calendars (Microsoft June, Nvidia January, Apple September).
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class PeriodPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # "in den drei Monaten bis Ende September": a quarter by its last month, in the company's fiscal calendar
        de@2025-10-29 => Der Umsatz von Microsoft stieg in den drei Monaten bis Ende September auf 77,7 Milliarden Dollar. => Q:microsoft|Revenue|77700000000|-|-|USD|-|FY2026-Q1|Reported|-
        de@2025-10-30 => Alphabet setzte in den drei Monaten bis Ende September 102 Milliarden Dollar um. => Q:alphabet|Revenue|102000000000|-|-|USD|-|2025-Q3|Reported|-
        en@2025-10-29 => Microsoft's revenue rose to $77.7 billion in the three months ended in September. => Q:microsoft|Revenue|77700000000|-|-|USD|-|FY2026-Q1|Reported|-
        # "the $2.18 expected by analysts" is an estimate beside the result, not an outlook: the reporting period stays
        en => Alphabet reported results for the second quarter of 2025. Earnings per share came in at $2.31, ahead of the $2.18 expected by analysts. => Q:alphabet|EarningsPerShare|2.31|-|-|USD|-|2025-Q2|Reported|-;Q:alphabet|EarningsPerShare|2.18|-|-|USD|-|2025-Q2|Estimate|-
        de => Alphabet legte Zahlen für das zweite Quartal 2025 vor. Der Gewinn je Aktie lag bei 2,31 Dollar, erwartet worden waren 2,18 Dollar. => Q:alphabet|EarningsPerShare|2.31|-|-|USD|-|2025-Q2|Reported|-;Q:alphabet|EarningsPerShare|2.18|-|-|USD|-|2025-Q2|Estimate|-
        # "the $700 million it posted a year earlier": the figure's relative clause carries its basis, whatever the sentence's period
        en => CoreWeave reported second-quarter revenue of $1.5 billion, more than double the $700 million it posted a year earlier. => Q:coreweave|Revenue|1500000000|-|-|USD|-|2025-Q2|Reported|coreweave;Q:coreweave|Revenue|700000000|-|-|USD|-|2024-Q2|Reported|coreweave
        # "the December quarter", "the June quarter": the quarter ending in that month nearest the article's date, in the company's fiscal calendar
        en@2025-10-30 => Apple said revenue will grow 10% to 12% in the December quarter. => Q:apple|RevenueChange|-|10|12|PERCENT|-|FY2026-Q1|Forecast|apple
        en@2025-08-01 => Alphabet's cloud revenue reached $13.6 billion in the June quarter. => Q:alphabet|Revenue|13600000000|-|-|USD|-|2025-Q2|Reported|-
        # "the fiscal year ending in May" is the running fiscal year, not the month; "since late 2020" makes a running total with no period
        en@2025-12-11 => Oracle said capital spending for the fiscal year ending in May would be about $35 billion. => Q:oracle|CapitalExpenditure|35000000000|-|-|USD|Approximately|FY2026|Forecast|oracle
        de@2025-12-11 => Oracle rechnet für das Geschäftsjahr, das im Mai endet, mit Investitionen von rund 35 Milliarden Dollar. => Q:oracle|CapitalExpenditure|35000000000|-|-|USD|Approximately|FY2026|Forecast|oracle
        en => Reality Labs has lost more than $60 billion since early 2021. => Q:reality-labs|NetIncome|-60000000000|-60000000000|-|USD|AtLeast|-|Reported|-
        # glued digits after H or Q are a model name ("H100"), never a half year or quarter
        en => Microsoft bought 485,000 of Nvidia's H100 chips in 2024. => Q:microsoft|GPUCount|485000|-|-|-|-|2024|Reported|-
        de => Microsoft kaufte 2024 rund 485.000 H100-Chips von Nvidia. => Q:microsoft|GPUCount|485000|-|-|-|Approximately|2024|Reported|-
        en => Nvidia's revenue in H1/25 was $90 billion. => Q:nvidia|Revenue|90000000000|-|-|USD|-|FY2025-H1|Reported|-
        # guidance for the current quarter in the lead does not date the results box under it ("vs. $X expected", "erwartet:")
        en@2025-10-24 => Netflix reported third-quarter results and said it expects revenue of $12 billion in the current quarter. Here is how it did against estimates:¶Revenue: $11.5 billion vs. $11.4 billion expected¶Earnings per share: $6.10 vs. $6.95 expected => Q:netflix|Revenue|12000000000|-|-|USD|-|2025-Q4|Forecast|netflix;Q:netflix|Revenue|11500000000|-|-|USD|-|2025-Q3|Reported|-;Q:netflix|Revenue|11400000000|-|-|USD|-|2025-Q3|Estimate|-;Q:netflix|EarningsPerShare|6.1|-|-|USD|-|2025-Q3|Reported|-;Q:netflix|EarningsPerShare|6.95|-|-|USD|-|2025-Q3|Estimate|-
        de@2025-10-24 => Netflix legte Zahlen für das dritte Quartal vor und erwartet für das laufende Quartal einen Umsatz von 12 Milliarden Dollar. Die Zahlen im Überblick:¶Umsatz: 11,5 Milliarden Dollar (erwartet: 11,4 Milliarden Dollar)¶Ergebnis je Aktie: 6,10 Dollar (erwartet: 6,95 Dollar) => Q:netflix|Revenue|12000000000|-|-|USD|-|2025-Q4|Forecast|netflix;Q:netflix|Revenue|11500000000|-|-|USD|-|2025-Q3|Reported|-;Q:netflix|Revenue|11400000000|-|-|USD|-|2025-Q3|Estimate|-;Q:netflix|EarningsPerShare|6.1|-|-|USD|-|2025-Q3|Reported|-;Q:netflix|EarningsPerShare|6.95|-|-|USD|-|2025-Q3|Estimate|-
        # "the second quarter ended July 27, 2025": the ordinal and the month name the fiscal quarter; the date's year is no period of its own
        en@2025-08-27 => NVIDIA (NASDAQ: NVDA) today reported revenue for the second quarter ended July 27, 2025, of $46.7 billion. => Q:nvidia|Revenue|46700000000|-|-|USD|-|FY2026-Q2|Reported|-
        en@2025-09-05 => Palantir reported revenue of $1.1 billion for the second quarter ended July 31, 2025. => Q:palantir-technologies|Revenue|1100000000|-|-|USD|-|FY2026-Q2|Reported|palantir-technologies
        en@2025-10-31 => Apple reported revenue of $102.5 billion for the fourth quarter ended Sept. 27. => Q:apple|Revenue|102500000000|-|-|USD|-|FY2025-Q4|Reported|apple
        # "the first quarter ever in which …" counts quarters; it is no Q1
        en@2025-10-31 => Alphabet's revenue rose to $102.3 billion in the third quarter, the first quarter ever in which it passed that mark. => Q:alphabet|Revenue|102300000000|-|-|USD|-|2025-Q3|Reported|-
        # a month named for a market-value move dates it
        en@2025-10-29 => Nvidia crossed $4 trillion in market value in July. => Q:nvidia|MarketCapitalization|4000000000000|-|-|USD|-|2025-07|Reported|-
        # "since 2022" says where a span starts, not when the figure is; a running total ("since 2020", "insgesamt") has no period
        en@2025-10-30 => Amazon Web Services sales grew 20% to $33 billion in the third quarter, the fastest pace since 2022. => Q:amazon-web-services|RevenueChange|20|-|-|PERCENT|-|2025-Q3|Reported|-;Q:amazon-web-services|Revenue|33000000000|-|-|USD|-|2025-Q3|Reported|-
        de@2025-10-30 => Der Umsatz von AWS stieg im dritten Quartal um 20 Prozent auf 33 Milliarden Dollar, das stärkste Wachstum seit 2022. => Q:amazon-web-services|RevenueChange|20|-|-|PERCENT|-|2025-Q3|Reported|-;Q:amazon-web-services|Revenue|33000000000|-|-|USD|-|2025-Q3|Reported|-
        en => Meta's Reality Labs lost $4.2 billion in the second quarter. The unit has lost nearly $60 billion since 2020. => Q:reality-labs|OperatingIncome|-4200000000|-|-|USD|-|2025-Q2|Reported|-;Q:reality-labs|OperatingIncome|-60000000000|-|-60000000000|USD|AtMost|-|Reported|-
        # relative periods against the publication date (default 2025-08-01) and fiscal calendars:
        # Microsoft's year ends in June, Nvidia's in January, Apple's in September
        de => Alphabet erzielte im abgelaufenen Quartal einen Umsatz von 96 Milliarden Dollar. => Q:alphabet|Revenue|96000000000|-|-|USD|-|2025-Q2|Reported|-
        de => Apple erzielte im abgelaufenen Quartal einen Umsatz von 94 Milliarden Dollar. => Q:apple|Revenue|94000000000|-|-|USD|-|FY2025-Q3|Reported|-
        de => Microsoft setzte im abgelaufenen Quartal 76,4 Milliarden Dollar um. => Q:microsoft|Revenue|76400000000|-|-|USD|-|FY2025-Q4|Reported|-
        de => Microsoft erzielte im abgelaufenen Quartal einen Umsatz von 76,4 Milliarden Dollar. => Q:microsoft|Revenue|76400000000|-|-|USD|-|FY2025-Q4|Reported|-
        de => Nvidia erwartet im laufenden Geschäftsjahr einen Umsatz von 200 Milliarden Dollar. => Q:nvidia|Revenue|200000000000|-|-|USD|-|FY2026|Forecast|nvidia
        de@2025-10-30 => Microsoft erwartet im laufenden Quartal einen Umsatz von 80 Milliarden Dollar. => Q:microsoft|Revenue|80000000000|-|-|USD|-|FY2026-Q2|Forecast|microsoft
        de => Meta will dieses Jahr 70 Milliarden Dollar investieren. => Q:meta-platforms|CapitalExpenditure|70000000000|-|-|USD|-|2025|Plan|-
        de => Amazon will im kommenden Jahr 120 Milliarden Dollar investieren. => Q:amazon|CapitalExpenditure|120000000000|-|-|USD|-|2026|Plan|-
        de => Der Umsatz von SAP lag im ersten Halbjahr 2025 bei 18,1 Milliarden Euro. => Q:sap|Revenue|18100000000|-|-|EUR|-|2025-H1|Reported|-
        de => In der zweiten Jahreshälfte 2024 erzielte Intel einen Nettogewinn von 2 Milliarden Dollar. => Q:intel|NetIncome|2000000000|-|-|USD|-|2024-H2|Reported|-
        de => Im ersten Halbjahr setzte Siemens 39 Milliarden Euro um. => Q:siemens|Revenue|39000000000|-|-|EUR|-|FY2025-H1|Reported|-
        de => Im H1 2024 lag der Umsatz von SAP bei 16 Milliarden Euro. => Q:sap|Revenue|16000000000|-|-|EUR|-|2024-H1|Reported|-
        en => SAP's revenue was 18.1 billion euros in the first half of 2025. => Q:sap|Revenue|18100000000|-|-|EUR|-|2025-H1|Reported|-
        en => Intel's net income was $2 billion in the second half of 2024. => Q:intel|NetIncome|2000000000|-|-|USD|-|2024-H2|Reported|-
        en => In the first six months of 2025, Netflix's revenue was $21.5 billion. => Q:netflix|Revenue|21500000000|-|-|USD|-|2025-H1|Reported|-
        en => Netflix's revenue rose to $21.5 billion in H1 2025. => Q:netflix|Revenue|21500000000|-|-|USD|-|2025-H1|Reported|-
        de => Alphabet steigerte den Umsatz im zweiten Quartal 2025 auf 96,4 Milliarden Dollar. => Q:alphabet|Revenue|96400000000|-|-|USD|-|2025-Q2|Reported|-
        de => Meta steigerte den Nettogewinn im zweiten Quartal 2025 auf 18,3 Milliarden Dollar. Im Vorjahresquartal lag er bei 13,5 Milliarden Dollar. => Q:meta-platforms|NetIncome|18300000000|-|-|USD|-|2025-Q2|Reported|-;Q:meta-platforms|NetIncome|13500000000|-|-|USD|-|2024-Q2|Reported|-
        en => Alphabet reported revenue of $96.4 billion in the quarter that ended in June. => Q:alphabet|Revenue|96400000000|-|-|USD|-|2025-Q2|Reported|alphabet
        en => Microsoft reported revenue of $76.4 billion in its fiscal fourth quarter. => Q:microsoft|Revenue|76400000000|-|-|USD|-|FY2025-Q4|Reported|microsoft
        en => Nvidia expects revenue of $54 billion in the current quarter. => Q:nvidia|Revenue|54000000000|-|-|USD|-|FY2026-Q3|Forecast|nvidia
        en => Apple reported revenue of $94 billion in its fiscal third quarter. => Q:apple|Revenue|94000000000|-|-|USD|-|FY2025-Q3|Reported|apple
        en => Meta expects capital expenditures of $70 billion this year. => Q:meta-platforms|CapitalExpenditure|70000000000|-|-|USD|-|2025|Forecast|meta-platforms
        en => Amazon plans to invest $120 billion next year. => Q:amazon|CapitalExpenditure|120000000000|-|-|USD|-|2026|Plan|-
        en => Microsoft's revenue was $245.1 billion in fiscal 2024. => Q:microsoft|Revenue|245100000000|-|-|USD|-|FY2024|Reported|-
        en => Nvidia's revenue was $130.5 billion in fiscal 2025. => Q:nvidia|Revenue|130500000000|-|-|USD|-|FY2025|Reported|-
        en => Meta's revenue reached $47.5 billion in Q2 2025. => Q:meta-platforms|Revenue|47500000000|-|-|USD|-|2025-Q2|Reported|-
        en => Meta's net income rose to $18.3 billion in the second quarter of 2025. In the year-ago quarter it was $13.5 billion. => Q:meta-platforms|NetIncome|18300000000|-|-|USD|-|2025-Q2|Reported|-;Q:meta-platforms|NetIncome|13500000000|-|-|USD|-|2024-Q2|Reported|-
        en@2025-10-30 => Microsoft expects revenue of $80 billion in the current quarter. => Q:microsoft|Revenue|80000000000|-|-|USD|-|FY2026-Q2|Forecast|microsoft
        # a state at a day: as of June 30, zum 30. Juni, Stand 31. März 2024
        de => Zum 30. Juni beschäftigte SAP rund 108.000 Menschen. => Q:sap|Employees|108000|-|-|-|Approximately|2025-06-30|Reported|-
        de => Stand 31. März 2024 hatte Intel 124.800 Mitarbeiter. => Q:intel|Employees|124800|-|-|-|-|2024-03-31|Reported|-
        en => Microsoft employed roughly 228,000 people as of June 30. => Q:microsoft|Employees|228000|-|-|-|Approximately|2025-06-30|Reported|-
        en => As of March 31, 2024, Intel had 124,800 employees. => Q:intel|Employees|124800|-|-|-|-|2024-03-31|Reported|-
        # a year-over-year comparison dates neither the change nor the level beside it
        de => Alphabet legte Zahlen für das zweite Quartal 2025 vor. Der Umsatz stieg im Jahresvergleich um 14 Prozent auf 96,4 Milliarden Dollar. => Q:alphabet|RevenueChange|14|-|-|PERCENT|-|2025-Q2|Reported|-;Q:alphabet|Revenue|96400000000|-|-|USD|-|2025-Q2|Reported|-
        en => Alphabet reported results for the second quarter of 2025. Revenue rose 14% year over year to $96.4 billion. => Q:alphabet|RevenueChange|14|-|-|PERCENT|-|2025-Q2|Reported|-;Q:alphabet|Revenue|96400000000|-|-|USD|-|2025-Q2|Reported|-
        # "quarterly revenue", "Quartalsumsatz" with no quarter named: the last completed one (in the company's fiscal calendar)
        de => Apple meldete am Donnerstag einen Quartalsumsatz von 94 Milliarden Dollar. => Q:apple|Revenue|94000000000|-|-|USD|-|FY2025-Q3|Reported|apple
        de => Netflix legte am Donnerstag Quartalszahlen vor: Der Umsatz stieg auf 11,1 Milliarden Dollar. => Q:netflix|Revenue|11100000000|-|-|USD|-|2025-Q2|Reported|-
        en => Apple on Thursday reported quarterly revenue of $94 billion. => Q:apple|Revenue|94000000000|-|-|USD|-|FY2025-Q3|Reported|apple
        # guidance for the current quarter does not become the quarter the article reports on
        de => Meta legte Zahlen für das zweite Quartal 2025 vor. Für das laufende Quartal erwartet der Konzern einen Umsatz von 50 Milliarden Dollar. Der Umsatz von Meta stieg um 22 Prozent. => Q:meta-platforms|Revenue|50000000000|-|-|USD|-|2025-Q3|Forecast|meta-platforms;Q:meta-platforms|RevenueChange|22|-|-|PERCENT|-|2025-Q2|Reported|-
        en => Meta reported results for the second quarter of 2025. It expects revenue of $50 billion in the current quarter. Meta's revenue rose 22 percent. => Q:meta-platforms|Revenue|50000000000|-|-|USD|-|2025-Q3|Forecast|meta-platforms;Q:meta-platforms|RevenueChange|22|-|-|PERCENT|-|2025-Q2|Reported|-
        # "a year ago" with no period for the present: the article's month a year before
        de => Vor einem Jahr hatte ChatGPT 300 Millionen wöchentliche Nutzer. => Q:chatgpt|WeeklyActiveUsers|300000000|-|-|-|-|2024-08|Reported|-
        en => A year ago ChatGPT had 300 million weekly active users. => Q:chatgpt|WeeklyActiveUsers|300000000|-|-|-|-|2024-08|Reported|-
        # quarters named by their months; months; the end of last year; an earlier figure with its own time
        en => Tesla earned $1.2 billion in the April-June period. => Q:tesla|NetIncome|1200000000|-|-|USD|-|2025-Q2|Reported|-
        de => Im Zeitraum April bis Juni verdiente Tesla 1,2 Milliarden Dollar. => Q:tesla|NetIncome|1200000000|-|-|USD|-|2025-Q2|Reported|-
        en => Amazon had about 1.5 million employees at the end of last year. => Q:amazon|Employees|1500000|-|-|-|Approximately|2024|Reported|-
        de => Amazon hatte Ende des vergangenen Jahres rund 1,5 Millionen Mitarbeiter. => Q:amazon|Employees|1500000|-|-|-|Approximately|2024|Reported|-
        en => Netflix had 300 million subscribers in March. => Q:netflix|Users|300000000|-|-|-|-|2025-03|Reported|-
        de => Netflix hatte im März 300 Millionen Abonnenten. => Q:netflix|Users|300000000|-|-|-|-|2025-03|Reported|-
        en => Microsoft cut about 9,000 jobs earlier this month. => Q:microsoft|EmployeesChange|-9000|-|-|-|Approximately|2025-08|Reported|-
        en => Amazon eliminated about 14,000 roles in January. => Q:amazon|EmployeesChange|-14000|-|-|-|Approximately|2025-01|Reported|-
        en => Intel aims to cut its workforce to about 75,000 employees by the end of the year, down from roughly 99,000 at the end of 2024. => Q:intel|Employees|75000|-|-|-|Approximately|2025|Plan|-;Q:intel|Employees|99000|-|-|-|Approximately|2024|Reported|-
        en => ChatGPT is on track to reach 800 million weekly active users, up from 400 million in February. => Q:chatgpt|WeeklyActiveUsers|800000000|-|-|-|-|-|Forecast|-;Q:chatgpt|WeeklyActiveUsers|400000000|-|-|-|-|2025-02|Reported|-
        en => Meta raised its 2025 revenue forecast to $190 billion from $185 billion. => Q:meta-platforms|Revenue|190000000000|-|-|USD|-|2025|Forecast|-;Q:meta-platforms|Revenue|185000000000|-|-|USD|-|2025|Forecast|-
        en => Tesla earned $1.2 billion, or 35 cents per share, in the second quarter of 2025, down from $1.4 billion, or 42 cents per share, a year earlier. => Q:tesla|NetIncome|1200000000|-|-|USD|-|2025-Q2|Reported|-;Q:tesla|EarningsPerShare|0.35|-|-|USD|-|2025-Q2|Reported|-;Q:tesla|NetIncome|1400000000|-|-|USD|-|2024-Q2|Reported|-;Q:tesla|EarningsPerShare|0.42|-|-|USD|-|2024-Q2|Reported|-
        # an outlook sentence does not change the quarter later figures are reported for
        en => Meta's revenue rose to $47.5 billion in the second quarter. Meta expects third-quarter revenue of $47.5 billion to $50.5 billion. Its net income was $18.3 billion in the quarter. => Q:meta-platforms|Revenue|47500000000|-|-|USD|-|2025-Q2|Reported|-;Q:meta-platforms|Revenue|-|47500000000|50500000000|USD|-|2025-Q3|Forecast|meta-platforms;Q:meta-platforms|NetIncome|18300000000|-|-|USD|-|2025-Q2|Reported|-
        en@2025-08-28 => Nvidia reported results for the second quarter of fiscal 2026 and said it expects revenue of $54 billion in the current quarter. Net income rose to $26 billion in the quarter. => Q:nvidia|Revenue|54000000000|-|-|USD|-|FY2026-Q3|Forecast|nvidia;Q:nvidia|NetIncome|26000000000|-|-|USD|-|FY2026-Q2|Reported|-
        en@2025-07-22 => SAP reported second-quarter cloud revenue of 5.1 billion euros, missing the 5.2 billion euros analysts had expected. Total revenue was 9 billion euros in the quarter. => Q:sap|Revenue|5100000000|-|-|EUR|-|2025-Q2|Reported|sap;Q:sap|Revenue|5200000000|-|-|EUR|-|2025-Q2|Estimate|-;Q:sap|Revenue|9000000000|-|-|EUR|-|2025-Q2|Reported|-
        # "im vergangenen Jahr", "im abgelaufenen Geschäftsjahr": the (fiscal) year before the current one
        de => Im vergangenen Jahr investierte Meta 39 Milliarden Dollar. => Q:meta-platforms|CapitalExpenditure|39000000000|-|-|USD|-|2024|Reported|-
        de => Im abgelaufenen Geschäftsjahr setzte Siemens 76 Milliarden Euro um. => Q:siemens|Revenue|76000000000|-|-|EUR|-|FY2024|Reported|-
        # "ein Jahr zuvor" dates the earlier level a year back; it is no "zuvor" of an earlier forecast
        de => Der Umsatz von Tesla stieg im zweiten Quartal auf 25 Milliarden Dollar von 21 Milliarden Dollar ein Jahr zuvor. => Q:tesla|Revenue|25000000000|-|-|USD|-|2025-Q2|Reported|-;Q:tesla|Revenue|21000000000|-|-|USD|-|2024-Q2|Reported|-
        # an outlook's period carries over to the outlook sentences after it
        de => SAP bestätigte die Prognose für das Gesamtjahr. Das Betriebsergebnis soll auf 10 bis 10,5 Milliarden Euro steigen. => Q:sap|OperatingIncome|-|10000000000|10500000000|EUR|-|2025|Forecast|-
        de => Meta erwartet im laufenden Jahr Investitionen von 66 bis 72 Milliarden Dollar. Bisher hatte der Konzern 64 bis 72 Milliarden Dollar angepeilt. => Q:meta-platforms|CapitalExpenditure|-|66000000000|72000000000|USD|-|2025|Forecast|meta-platforms;Q:meta-platforms|CapitalExpenditure|-|64000000000|72000000000|USD|-|2025|Plan|meta-platforms
        # a product is dated in its maker's fiscal calendar
        de => Die Erlöse der Cloud-Plattform Azure wuchsen im abgelaufenen Quartal um 39 Prozent. => Q:microsoft-azure|RevenueChange|39|-|-|PERCENT|-|FY2025-Q4|Reported|-
        # trading-session phrases date a share move to the article's day; an earlier level of a plan is history
        de => Die SAP-Aktie legte im frühen Handel um 2 Prozent zu. => Q:sap|SharePriceChange|2|-|-|PERCENT|-|2025-08-01|Reported|-
        de => SAP will die Dividende für das laufende Jahr auf 2,50 Euro je Aktie erhöhen, nach 2,35 Euro im Vorjahr. => Q:sap|DividendPerShare|2.5|-|-|EUR|-|2025|Plan|-;Q:sap|DividendPerShare|2.35|-|-|EUR|-|2024|Reported|-
        # "das am 30. Juni endete" says when the named fiscal year ended; "(Vorjahr: …)" dates only the figure after it
        de => Im Geschäftsjahr 2023/24, das am 30. Juni endete, investierte Microsoft 55 Milliarden Dollar. => Q:microsoft|CapitalExpenditure|55000000000|-|-|USD|-|FY2024|Reported|-
        de => Der Gewinn je Aktie von Microsoft betrug im abgelaufenen Quartal 3,65 Dollar (Vorjahr: 2,95 Dollar). => Q:microsoft|EarningsPerShare|3.65|-|-|USD|-|FY2025-Q4|Reported|-;Q:microsoft|EarningsPerShare|2.95|-|-|USD|-|FY2024-Q4|Reported|-
        # a split fiscal year names the year it ends in; "Schlussquartal" is the fourth; "H100" is a chip, not a half year
        de@2025-07-31 => Microsoft steigerte im vierten Quartal seines Geschäftsjahres 2024/25 den Umsatz auf 76 Milliarden Dollar. => Q:microsoft|Revenue|76000000000|-|-|USD|-|FY2025-Q4|Reported|-
        de@2025-11-20 => Nvidia steigerte im dritten Quartal des Geschäftsjahres 2025/26 den Umsatz auf 57 Milliarden Dollar. => Q:nvidia|Revenue|57000000000|-|-|USD|-|FY2026-Q3|Reported|-
        de@2025-02-07 => Im Schlussquartal 2024 steigerte Amazon den Umsatz auf 187 Milliarden Dollar. => Q:amazon|Revenue|187000000000|-|-|USD|-|2024-Q4|Reported|-
        de => Meta betreibt rund 350.000 H100-Beschleuniger. => Q:meta-platforms|GPUCount|350000|-|-|-|Approximately|-|Reported|-
        # the holiday quarter ends in December (Apple's first fiscal quarter); a fiscal year over carries to the figures after it
        de@2025-10-31 => Für das Weihnachtsquartal erwartet Apple einen Umsatz von 138 Milliarden Dollar. => Q:apple|Revenue|138000000000|-|-|USD|-|FY2026-Q1|Forecast|apple
        en@2025-10-31 => For the holiday quarter, Apple expects revenue of $138 billion. => Q:apple|Revenue|138000000000|-|-|USD|-|FY2026-Q1|Forecast|apple
        de@2025-11-13 => Siemens hat im abgelaufenen Geschäftsjahr 2024/25 mehr verdient. Der Umsatz stieg auf 79 Milliarden Euro. => Q:siemens|Revenue|79000000000|-|-|EUR|-|FY2025|Reported|-
        de => Bis Jahresende soll die Zahl der Beschäftigten von Intel auf 75.000 sinken. => Q:intel|Employees|75000|-|-|-|-|2025|Forecast|-
        de => Microsoft kündigte Anfang Juli an, rund 9000 Stellen zu streichen. => Q:microsoft|EmployeesChange|-9000|-|-|-|Approximately|2025-07|Plan|microsoft
        # "im vergangenen Jahr" is the calendar year, "im abgelaufenen Geschäftsjahr" the company's; an amount after "Geschäftsjahr" is no year
        de => Microsoft investierte im abgelaufenen Geschäftsjahr 88 Milliarden Dollar. => Q:microsoft|CapitalExpenditure|88000000000|-|-|USD|-|FY2025|Reported|-
        de => Microsoft investierte im vergangenen Jahr 60 Milliarden Dollar. => Q:microsoft|CapitalExpenditure|60000000000|-|-|USD|-|2024|Reported|-
        # a month that says when the named quarter ended does not date the figure; "im Vorquartal mit X" dates X
        de@2025-09-10 => Im ersten Quartal des Geschäftsjahres 2026, das Ende August endete, stieg der Umsatz von Oracle auf 14,9 Milliarden Dollar. => Q:oracle|Revenue|14900000000|-|-|USD|-|FY2026-Q1|Reported|-
        de@2025-10-15 => ASML erzielte im dritten Quartal einen Umsatz von 7,5 Milliarden Euro. Das ist etwas weniger als im Vorquartal mit 7,7 Milliarden Euro. => Q:asml|Revenue|7500000000|-|-|EUR|-|2025-Q3|Reported|-;Q:asml|Revenue|7700000000|-|-|EUR|-|2025-Q2|Reported|-
        # a plan over the coming years does not take the quarter reported on
        de@2025-08-29 => Alibaba steigerte im abgelaufenen Quartal den Umsatz auf 247 Milliarden Yuan. Alibaba will in den kommenden drei Jahren mehr als 380 Milliarden Yuan in KI investieren. => Q:alibaba-group|Revenue|247000000000|-|-|CNY|-|FY2026-Q1|Reported|-;Q:alibaba-group|CapitalExpenditure|380000000000|380000000000|-|CNY|AtLeast|-|Plan|-
        en => Meta reported results for the second quarter of 2025. Meta plans to invest $600 billion in the United States over the next three years. => Q:meta-platforms|CapitalExpenditure|600000000000|-|-|USD|-|-|Plan|-
        # a plan or forecast in the present tense with no period of its own is not dated by the quarter reported on; a past plan is
        de@2025-02-07 => Meta steigerte im vierten Quartal den Umsatz auf 48 Milliarden Dollar. Meta plant Investitionen zwischen 60 und 65 Milliarden Dollar. => Q:meta-platforms|Revenue|48000000000|-|-|USD|-|2024-Q4|Reported|-;Q:meta-platforms|CapitalExpenditure|-|60000000000|65000000000|USD|-|-|Plan|-
        de@2025-02-07 => Meta steigerte im vierten Quartal den Umsatz auf 48 Milliarden Dollar. Meta hatte Investitionen von 40 Milliarden Dollar geplant. => Q:meta-platforms|Revenue|48000000000|-|-|USD|-|2024-Q4|Reported|-;Q:meta-platforms|CapitalExpenditure|40000000000|-|-|USD|-|2024-Q4|Plan|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
