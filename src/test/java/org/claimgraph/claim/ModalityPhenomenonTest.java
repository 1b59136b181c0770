package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Modality: Reported, Forecast, Plan and Estimate from verbs and sources.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class ModalityPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # a bare percentage the analysts expected, right after a unit's growth, is the estimate of that growth
        de@2025-10-29 => Microsoft legte Zahlen für das erste Geschäftsquartal vor. Das Wachstum der Cloud-Plattform Azure lag bei 39 Prozent. Experten hatten mit 37 Prozent gerechnet. => Q:microsoft-azure|RevenueChange|39|-|-|PERCENT|-|FY2026-Q1|Reported|-;Q:microsoft-azure|RevenueChange|37|-|-|PERCENT|-|FY2026-Q1|Estimate|-
        en@2025-10-29 => Microsoft reported results for its fiscal first quarter. Azure revenue grew 39%. Analysts had expected 37%. => Q:microsoft-azure|RevenueChange|39|-|-|PERCENT|-|FY2026-Q1|Reported|-;Q:microsoft-azure|RevenueChange|37|-|-|PERCENT|-|FY2026-Q1|Estimate|-
        # an estimate after a semicolon is its own clause's, not the reported figure's before it
        de => Bereinigt verdiente Intel 12 Cent je Aktie; Analysten hatten im Mittel einen Gewinn von 2 Cent je Aktie erwartet. => Q:intel|EarningsPerShare|0.12|-|-|USD|-|-|Reported|-;Q:intel|EarningsPerShare|0.02|-|-|USD|-|-|Estimate|-
        en => Intel earned 12 cents per share on an adjusted basis; analysts had expected 2 cents per share. => Q:intel|EarningsPerShare|0.12|-|-|USD|-|-|Reported|-;Q:intel|EarningsPerShare|0.02|-|-|USD|-|-|Estimate|-
        # a forecast in an after-clause does not govern the figure before it, comma or not
        en@2025-10-29 => Meta's stock fell 9% in extended trading after the company said it expects capital expenditures of $70 billion to $72 billion this year. => Q:meta-platforms|SharePriceChange|-9|-|-|PERCENT|-|2025-10-29|Reported|-;Q:meta-platforms|CapitalExpenditure|-|70000000000|72000000000|USD|-|2025|Forecast|meta-platforms
        de@2025-10-29 => Die Meta-Aktie fiel nachbörslich um neun Prozent, nachdem der Konzern Investitionen von 70 bis 72 Milliarden Dollar in Aussicht gestellt hatte. => Q:meta-platforms|SharePriceChange|-9|-|-|PERCENT|-|2025-10-29|Reported|-;Q:meta-platforms|CapitalExpenditure|-|70000000000|72000000000|USD|-|-|Forecast|meta-platforms
        # the present level a plan starts from is reported: "up from roughly 230,000 today", "derzeit"
        en => xAI plans to expand its supercomputer to about 1 million GPUs, up from roughly 230,000 today. => Q:xai|GPUCount|1000000|-|-|-|Approximately|-|Plan|-;Q:xai|GPUCount|230000|-|-|-|Approximately|-|Reported|-
        de => xAI will die Zahl seiner GPUs von derzeit rund 230.000 auf eine Million erhöhen. => Q:xai|GPUCount|1000000|-|-|-|-|-|Plan|-;Q:xai|GPUCount|230000|-|-|-|Approximately|-|Reported|-
        # a passive or a label names the market's expectation: "erwartet waren", "(erwartet: …)", "(expected: …)"
        de => Der Umsatz von Netflix stieg im zweiten Quartal 2025 auf 11,1 Milliarden Dollar, erwartet waren 11 Milliarden Dollar. => Q:netflix|Revenue|11100000000|-|-|USD|-|2025-Q2|Reported|-;Q:netflix|Revenue|11000000000|-|-|USD|-|2025-Q2|Estimate|-
        de => Netflix steigerte den Umsatz im zweiten Quartal 2025 auf 11,1 Milliarden Dollar (erwartet: 11 Milliarden Dollar). => Q:netflix|Revenue|11100000000|-|-|USD|-|2025-Q2|Reported|-;Q:netflix|Revenue|11000000000|-|-|USD|-|2025-Q2|Estimate|-
        de => Netflix steigerte den Umsatz im zweiten Quartal 2025 auf 11,1 Milliarden Dollar (Konsens: 11 Milliarden Dollar). => Q:netflix|Revenue|11100000000|-|-|USD|-|2025-Q2|Reported|-;Q:netflix|Revenue|11000000000|-|-|USD|-|2025-Q2|Estimate|-
        en => Netflix raised revenue to $11.1 billion in the second quarter of 2025 (consensus: $11 billion). => Q:netflix|Revenue|11100000000|-|-|USD|-|2025-Q2|Reported|-;Q:netflix|Revenue|11000000000|-|-|USD|-|2025-Q2|Estimate|-
        en => Netflix raised revenue to $11.1 billion in the second quarter of 2025 (expected: $11 billion). => Q:netflix|Revenue|11100000000|-|-|USD|-|2025-Q2|Reported|-;Q:netflix|Revenue|11000000000|-|-|USD|-|2025-Q2|Estimate|-
        # an outlook named as the reason after a move does not make the move a forecast; a headline "X to cut" is a plan
        en@2025-10-30 => Amazon shares jumped 11% in extended trading Thursday after the e-commerce and cloud giant offered an upbeat outlook for the holiday quarter. => Q:amazon|SharePriceChange|11|-|-|PERCENT|-|2025-10-30|Reported|-
        en@2025-07-24 => Intel to cut about a fifth of its workforce by year-end => Q:intel|EmployeesChange|-20|-|-|PERCENT|Approximately|2025|Plan|-
        # "had been modeling" is the analysts' estimate, for every figure of its clause
        en => Amazon expects operating income of $21 billion to $26 billion. Analysts polled by FactSet had been modeling revenue of $208.2 billion and operating income of $23.6 billion. => Q:amazon|OperatingIncome|-|21000000000|26000000000|USD|-|-|Forecast|amazon;Q:amazon|Revenue|208200000000|-|-|USD|-|-|Estimate|factset;Q:amazon|OperatingIncome|23600000000|-|-|USD|-|-|Estimate|factset
        # Reported vs Forecast (soll, expects, will, guidance), Plan (will/plant, plans), Estimate (dürfte, analysts)
        de => Meta soll 2025 rund 70 Milliarden Dollar investieren. => Q:meta-platforms|CapitalExpenditure|70000000000|-|-|USD|Approximately|2025|Forecast|-
        de => Der Umsatz von Alphabet dürfte 2025 auf 380 Milliarden Dollar steigen. => Q:alphabet|Revenue|380000000000|-|-|USD|-|2025|Estimate|-
        de => Amazon will 2025 rund 118 Milliarden Dollar investieren. => Q:amazon|CapitalExpenditure|118000000000|-|-|USD|Approximately|2025|Plan|-
        de => Meta plant, 2025 insgesamt 70 Milliarden Dollar zu investieren. => Q:meta-platforms|CapitalExpenditure|70000000000|-|-|USD|-|2025|Plan|-
        de => Alphabet erwartet 2025 Investitionen von 85 Milliarden Dollar. => Q:alphabet|CapitalExpenditure|85000000000|-|-|USD|-|2025|Forecast|alphabet
        de => Analysten erwarten bei Amazon einen Umsatz von 175 Milliarden Dollar im dritten Quartal 2025. => Q:amazon|Revenue|175000000000|-|-|USD|-|2025-Q3|Estimate|-
        de => Netflix meldete für 2024 einen Umsatz von 39 Milliarden Dollar. => Q:netflix|Revenue|39000000000|-|-|USD|-|2024|Reported|netflix
        en => Meta expects capital expenditures of $70 billion in 2025. => Q:meta-platforms|CapitalExpenditure|70000000000|-|-|USD|-|2025|Forecast|meta-platforms
        en => Meta plans to invest $70 billion in 2025. => Q:meta-platforms|CapitalExpenditure|70000000000|-|-|USD|-|2025|Plan|-
        en => Amazon will invest about $118 billion in 2025. => Q:amazon|CapitalExpenditure|118000000000|-|-|USD|Approximately|2025|Forecast|-
        en => Analysts estimate Amazon's revenue at $175 billion for the third quarter of 2025. => Q:amazon|Revenue|175000000000|-|-|USD|-|2025-Q3|Estimate|-
        en => Nvidia guided revenue to $54 billion for the third quarter of fiscal 2026. => Q:nvidia|Revenue|54000000000|-|-|USD|-|FY2026-Q3|Forecast|nvidia
        en => Netflix reported revenue of $39 billion for 2024. => Q:netflix|Revenue|39000000000|-|-|USD|-|2024|Reported|netflix
        en => Intel's guidance calls for revenue of $13 billion in the third quarter of 2025. => Q:intel|Revenue|13000000000|-|-|USD|-|2025-Q3|Forecast|-
        de => Netflix legte Zahlen für das zweite Quartal 2025 vor. Konzernchef Ted Sarandos sieht Potenzial für mehr als 500 Millionen Nutzer. => Q:netflix|Users|500000000|500000000|-|-|AtLeast|-|Forecast|-
        en => Netflix reported results for the second quarter of 2025. Ted Sarandos sees potential for more than 500 million users. => Q:netflix|Users|500000000|500000000|-|-|AtLeast|-|Forecast|-
        # a forecast verb in a clause of its own after the figure; a budget is a plan; a forecast's margin is no figure
        en => OpenAI's revenue run rate hit $12 billion, and it expects to reach $20 billion by the end of the year. => Q:openai|RevenueRunRate|12000000000|-|-|USD|-|2025|Reported|-;Q:openai|RevenueRunRate|20000000000|-|-|USD|-|2025|Forecast|-
        en => TSMC kept its capital spending budget for the year at $40 billion. => Q:tsmc|CapitalExpenditure|40000000000|-|-|USD|-|2025|Plan|-
        en => Nvidia expects revenue of $54 billion, plus or minus 2%, in the current quarter. => Q:nvidia|Revenue|54000000000|-|-|USD|-|FY2026-Q3|Forecast|nvidia
        de => Nvidia erwartet im laufenden Quartal einen Umsatz von 54 Milliarden Dollar, plus oder minus 2 Prozent. => Q:nvidia|Revenue|54000000000|-|-|USD|-|FY2026-Q3|Forecast|nvidia
        # estimates: "vs. $X expected", analysts' expectation governing its clause, "above estimates of $X"
        en => For the second quarter of fiscal 2026, Nvidia reported earnings per share of $1.05 vs. $1.01 expected. => Q:nvidia|EarningsPerShare|1.05|-|-|USD|-|FY2026-Q2|Reported|nvidia;Q:nvidia|EarningsPerShare|1.01|-|-|USD|-|FY2026-Q2|Estimate|-
        en => Tesla's revenue fell to $22.5 billion in the second quarter of 2025. Tesla earned 40 cents per share, while analysts had expected 43 cents per share. => Q:tesla|Revenue|22500000000|-|-|USD|-|2025-Q2|Reported|-;Q:tesla|EarningsPerShare|0.4|-|-|USD|-|2025-Q2|Reported|-;Q:tesla|EarningsPerShare|0.43|-|-|USD|-|2025-Q2|Estimate|-
        # a forecast with no time of its own is not dated by the article's quarter; a forecast inside an after-clause governs only it
        en@2025-09-10 => Oracle's revenue rose 12% to $14.9 billion in the first quarter of fiscal 2026. Oracle expects cloud infrastructure revenue to reach $32 billion. => Q:oracle|RevenueChange|12|-|-|PERCENT|-|FY2026-Q1|Reported|-;Q:oracle|Revenue|14900000000|-|-|USD|-|FY2026-Q1|Reported|-;Q:oracle|Revenue|32000000000|-|-|USD|-|-|Forecast|oracle
        en => Oracle's shares surged 30% on Tuesday, after the company forecast that cloud revenue would reach $18 billion in fiscal 2026. => Q:oracle|SharePriceChange|30|-|-|PERCENT|-|2025-07-29|Reported|-;Q:oracle|Revenue|18000000000|-|-|USD|-|FY2026|Forecast|oracle
        # "wird … bewertet" is passive, not future
        de => Anthropic wird von Investoren mit 180 Milliarden Dollar bewertet. => Q:anthropic|MarketCapitalization|180000000000|-|-|USD|-|-|Reported|-
        # "soll" with a plain infinitive is future, with a perfect infinitive hearsay; a guidance stays one after its period
        de => Die Dividende von Siemens soll auf 5,35 Euro je Aktie steigen. => Q:siemens|DividendPerShare|5.35|-|-|EUR|-|-|Forecast|-
        de => Intel hatte für das zweite Quartal 2025 einen Umsatz von 11,9 Milliarden Dollar in Aussicht gestellt. => Q:intel|Revenue|11900000000|-|-|USD|-|2025-Q2|Forecast|intel
        de => Die Zahl der täglichen Nutzer von Meta soll bei 3,4 Milliarden Menschen liegen. Zudem sollen 3,1 Milliarden Menschen täglich Facebook nutzen. => Q:meta-platforms|DailyActiveUsers|3400000000|-|-|-|-|-|Reported|-;Q:facebook|DailyActiveUsers|3100000000|-|-|-|-|-|Reported|-
        # "kündigte … an, …" with words between verb and particle announces a plan
        de => Microsoft kündigte am Dienstag an, rund 9000 Stellen zu streichen. => Q:microsoft|EmployeesChange|-9000|-|-|-|Approximately|-|Plan|microsoft
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
