package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attribution: who said a figure (laut, sagte, zufolge, nach Angaben von; said, according to; role titles).
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class AttributionPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # "teilte das Unternehmen am Mittwoch mit": the company speaks, whatever stands between verb and particle
        de@2025-10-08 => Samsung steigerte den Umsatz im dritten Quartal auf 86 Billionen Won, teilte das Unternehmen am Mittwoch in Seoul mit. => Q:samsung-electronics|Revenue|86000000000000|-|-|KRW|-|2025-Q3|Reported|samsung-electronics
        # "schrieb rote Zahlen" is an idiom for a loss, no one writing
        de => Im zweiten Quartal schrieb Intel rote Zahlen: Der Umsatz sank auf 12,9 Milliarden Dollar. => Q:intel|Revenue|12900000000|-|-|USD|-|2025-Q2|Reported|-
        # a person's speech clause set off after the figure ("…, Chief Executive X said at …, up from …") speaks for it; the owner of the event is no subject
        en@2025-06-02 => Meta AI now has 1 billion monthly active users, Chief Executive Mark Zuckerberg said at the company's annual shareholder meeting, up from 700 million in January. => Q:meta-ai|MonthlyActiveUsers|1000000000|-|-|-|-|-|Reported|mark-zuckerberg;Q:meta-ai|MonthlyActiveUsers|700000000|-|-|-|-|2025-01|Reported|mark-zuckerberg
        en@2025-06-02 => Meta AI now has 1 billion monthly active users, Chief Executive Mark Zuckerberg said on Wednesday, up from 700 million in January. => Q:meta-ai|MonthlyActiveUsers|1000000000|-|-|-|-|-|Reported|mark-zuckerberg;Q:meta-ai|MonthlyActiveUsers|700000000|-|-|-|-|2025-01|Reported|mark-zuckerberg
        # "der Konzern" after "Der Google-Mutterkonzern Alphabet …": the name the compound describes, not the one inside it
        de => Der Google-Mutterkonzern Alphabet legte Zahlen vor. Die Erlöse stiegen im dritten Quartal 2025 auf 102,3 Milliarden Dollar, wie der Konzern mitteilte. => Q:alphabet|Revenue|102300000000|-|-|USD|-|2025-Q3|Reported|alphabet
        # "according to estimates from X", "laut Schätzungen von X": an estimate, and X its source
        en => ChatGPT had roughly 470 million daily users in July, according to estimates from Sensor Tower. => Q:chatgpt|DailyActiveUsers|470000000|-|-|-|Approximately|2025-07|Estimate|sensor-tower
        de => ChatGPT hatte im Juli laut Schätzungen von Sensor Tower rund 470 Millionen täglich aktive Nutzer. => Q:chatgpt|DailyActiveUsers|470000000|-|-|-|Approximately|2025-07|Estimate|sensor-tower
        # German inversion: the company right after its guidance verb guides
        de => Für die Investitionen rechnet Meta im laufenden Jahr nun mit 70 bis 72 Milliarden Dollar. => Q:meta-platforms|CapitalExpenditure|-|70000000000|72000000000|USD|-|2025|Forecast|meta-platforms
        de => Im kommenden Jahr erwartet Nvidia einen Umsatz von 250 Milliarden Dollar. => Q:nvidia|Revenue|250000000000|-|-|USD|-|FY2027|Forecast|nvidia
        # ", it said" and a sentence opening "It expects" speak for the company the figure is about
        en@2025-07-24 => Intel has already laid off about 15% of its workforce, it said. => Q:intel|EmployeesChange|-15|-|-|PERCENT|Approximately|-|Reported|intel
        en@2025-07-24 => Intel forecast revenue of $13 billion. It expects adjusted earnings of 0 cents per share, against estimates of 4 cents. => Q:intel|Revenue|13000000000|-|-|USD|-|-|Forecast|intel;Q:intel|EarningsPerShare|0|-|-|USD|-|-|Forecast|intel;Q:intel|EarningsPerShare|0.04|-|-|USD|-|-|Estimate|-
        # ", saying it …" makes the clause's company the speaker
        en@2025-11-01 => Meta raised the bottom of its capex range, saying it now expected spending of $70bn to $72bn this year. => Q:meta-platforms|CapitalExpenditure|-|70000000000|72000000000|USD|-|2025|Forecast|meta-platforms
        # the pollster named after an expectation with its own figure sources that expectation only
        en@2025-10-22 => Tesla's adjusted earnings were 50 cents a share in the third quarter, compared with the 54-cent average of analyst estimates compiled by Bloomberg. => Q:tesla|EarningsPerShare|0.5|-|-|USD|-|2025-Q3|Reported|-;Q:tesla|EarningsPerShare|0.54|-|-|USD|-|2025-Q3|Estimate|bloomberg
        # "X told analysts last week" closes the sentence; "Name, role, said" speaks through the apposition
        en@2025-08-06 => Meta's Threads now has 400 million monthly active users, Mark Zuckerberg told analysts last week. => Q:threads|MonthlyActiveUsers|400000000|-|-|-|-|-|Reported|mark-zuckerberg
        en@2025-08-06 => Google's Gemini app has more than 450 million monthly users, Sundar Pichai, the company's chief executive, said on Tuesday. => Q:gemini-app|MonthlyActiveUsers|450000000|450000000|-|-|AtLeast|-|Reported|sundar-pichai
        # a pollster speaks for its own clause; "the company" after it is not the pollster
        en => Analysts surveyed by FactSet had expected Alphabet to post earnings of $2.18 a share; the company reported $2.31. => Q:alphabet|EarningsPerShare|2.18|-|-|USD|-|-|Estimate|factset;Q:alphabet|EarningsPerShare|2.31|-|-|USD|-|-|Reported|alphabet
        # speakers: laut X, sagte X, X zufolge, nach Angaben von X; X said, according to X, CFO/CEO X said
        de => Laut Finanzchefin Anat Ashkenazi stieg der Umsatz von Alphabet 2024 auf 350 Milliarden Dollar. => Q:alphabet|Revenue|350000000000|-|-|USD|-|2024|Reported|anat-ashkenazi
        de => Meta will 2025 bis zu 72 Milliarden Dollar investieren, sagte Finanzchefin Susan Li. => Q:meta-platforms|CapitalExpenditure|-|-|72000000000|USD|AtMost|2025|Plan|susan-li
        de => Nvidia erwartet laut Colette Kress einen Umsatz von 54 Milliarden Dollar. => Q:nvidia|Revenue|54000000000|-|-|USD|-|-|Forecast|colette-kress
        de => Meta-Chef Mark Zuckerberg sagte, der Umsatz sei 2024 auf 164 Milliarden Dollar gestiegen. => Q:meta-platforms|Revenue|164000000000|-|-|USD|-|2024|Reported|mark-zuckerberg
        de => Alphabet-Chef Sundar Pichai zufolge hat die Gemini-App 450 Millionen monatlich aktive Nutzer. => Q:gemini-app|MonthlyActiveUsers|450000000|-|-|-|-|-|Reported|sundar-pichai
        de => Laut Reuters beschäftigt Tesla rund 125.000 Mitarbeiter. => Q:tesla|Employees|125000|-|-|-|Approximately|-|Reported|reuters
        de => ChatGPT hat nach Angaben von OpenAI 700 Millionen wöchentliche Nutzer. => Q:chatgpt|WeeklyActiveUsers|700000000|-|-|-|-|-|Reported|openai
        de => Tesla hatte für das Jahr 2025 ursprünglich einen Umsatz von 110 Milliarden Dollar prognostiziert. => Q:tesla|Revenue|110000000000|-|-|USD|-|2025|Forecast|tesla
        de => Der Konzern Intel hatte zuvor Investitionen von rund 20 Milliarden Dollar angepeilt. => Q:intel|CapitalExpenditure|20000000000|-|-|USD|Approximately|-|Plan|intel
        en => Alphabet's revenue rose to $350 billion in 2024, CFO Anat Ashkenazi said. => Q:alphabet|Revenue|350000000000|-|-|USD|-|2024|Reported|anat-ashkenazi
        en => According to Reuters, Tesla employs about 125,000 people. => Q:tesla|Employees|125000|-|-|-|Approximately|-|Reported|reuters
        en => Meta will spend up to $72 billion on capital expenditures this year, Susan Li said. => Q:meta-platforms|CapitalExpenditure|-|-|72000000000|USD|AtMost|2025|Forecast|susan-li
        en => Sam Altman said ChatGPT has 700 million weekly active users. => Q:chatgpt|WeeklyActiveUsers|700000000|-|-|-|-|-|Reported|sam-altman
        en => AMD CEO Lisa Su said the company shipped 500,000 GPUs in 2024. => Q:amd|GPUShipments|500000|-|-|-|-|2024|Reported|lisa-su
        en => Amazon's revenue was $638 billion in 2024, according to Bloomberg. => Q:amazon|Revenue|638000000000|-|-|USD|-|2024|Reported|bloomberg
        en => Amazon CEO Andy Jassy said AWS revenue grew to $30.9 billion in the second quarter of 2025. => Q:amazon-web-services|Revenue|30900000000|-|-|USD|-|2025-Q2|Reported|andy-jassy
        # a source named after an expectation is the expectation's, not the reported figure's (which the company reported)
        de => Microsoft meldete für das vierte Quartal 2025 einen Umsatz von 76,4 Milliarden Dollar, Analysten hatten laut LSEG mit 73,9 Milliarden Dollar gerechnet. => Q:microsoft|Revenue|76400000000|-|-|USD|-|FY2025-Q4|Reported|microsoft;Q:microsoft|Revenue|73900000000|-|-|USD|-|FY2025-Q4|Estimate|lseg
        en => Microsoft reported revenue of $76.4 billion for the fourth quarter of fiscal 2025, ahead of the $73.9 billion analysts had expected, according to LSEG. => Q:microsoft|Revenue|76400000000|-|-|USD|-|FY2025-Q4|Reported|microsoft;Q:microsoft|Revenue|73900000000|-|-|USD|-|FY2025-Q4|Estimate|lseg
        # data providers are sources, never subjects: compiled by, polled by, the X SmartEstimate; a parenthetical "X said" is no subject
        en => Meta's revenue rose to $47.5 billion in the second quarter of 2025. Analysts had projected $45 billion on average, according to data compiled by Bloomberg. => Q:meta-platforms|Revenue|47500000000|-|-|USD|-|2025-Q2|Reported|-;Q:meta-platforms|Revenue|45000000000|-|-|USD|-|2025-Q2|Estimate|bloomberg
        en => Tesla's revenue fell to $22.5 billion in the second quarter of 2025. Analysts polled by FactSet had expected revenue of $22.9 billion. => Q:tesla|Revenue|22500000000|-|-|USD|-|2025-Q2|Reported|-;Q:tesla|Revenue|22900000000|-|-|USD|-|2025-Q2|Estimate|factset
        en => Intel's revenue was $12.9 billion in the second quarter of 2025. That beat the LSEG SmartEstimate of $11.9 billion. => Q:intel|Revenue|12900000000|-|-|USD|-|2025-Q2|Reported|-;Q:intel|Revenue|11900000000|-|-|USD|-|2025-Q2|Estimate|-
        en => Amazon Web Services sales rose to $30.9 billion in the second quarter of 2025, Amazon said, slightly above estimates of $30.8 billion. => Q:amazon-web-services|Revenue|30900000000|-|-|USD|-|2025-Q2|Reported|-;Q:amazon-web-services|Revenue|30800000000|-|-|USD|-|2025-Q2|Estimate|-
        # a speaker closing the sentence: told analysts on a call, X reported
        en => Microsoft will spend more than $30 billion on capital expenditures in the first quarter of fiscal 2026, CFO Amy Hood told analysts on a call. => Q:microsoft|CapitalExpenditure|30000000000|30000000000|-|USD|AtLeast|FY2026-Q1|Forecast|amy-hood
        en => Anthropic is generating about $5 billion in annualized revenue, The Information reported. => Q:anthropic|RevenueRunRate|5000000000|-|-|USD|Approximately|-|Reported|the-information
        # the examples of an "including" list are not the subject; "the chipmaker" takes up the company of the sentence before
        en => Daily active people across Meta's family of apps, including Facebook, Instagram and WhatsApp, averaged 3.4 billion in June. => Q:meta-platforms|DailyActiveUsers|3400000000|-|-|-|-|2025-06|Reported|-
        en => Alphabet's revenue grew 14% to $96.4 billion in the second quarter of 2025. Intel has about 99,000 employees. The chipmaker posted a net loss of $2.9 billion in the second quarter of 2025. => Q:alphabet|RevenueChange|14|-|-|PERCENT|-|2025-Q2|Reported|-;Q:alphabet|Revenue|96400000000|-|-|USD|-|2025-Q2|Reported|-;Q:intel|Employees|99000|-|-|-|Approximately|-|Reported|-;Q:intel|NetIncome|-2900000000|-|-|USD|-|2025-Q2|Reported|-
        # "wie X mitteilte" names who announced the figures of its sentence, wherever it stands
        de => Der Umsatz von Adobe stieg auf 5,9 Milliarden Dollar, wie der Softwarehersteller am Donnerstag mitteilte. => Q:adobe|Revenue|5900000000|-|-|USD|-|-|Reported|adobe
        de => Wie die Nachrichtenagentur Bloomberg berichtete, beschäftigt Salesforce rund 76.000 Menschen. => Q:salesforce|Employees|76000|-|-|-|Approximately|-|Reported|bloomberg
        # the pollster of an analysts' consensus is its source, never its subject
        de => Oracle steigerte den Umsatz auf 16 Milliarden Dollar. Von LSEG befragte Analysten hatten mit 15,9 Milliarden Dollar gerechnet. => Q:oracle|Revenue|16000000000|-|-|USD|-|-|Reported|-;Q:oracle|Revenue|15900000000|-|-|USD|-|-|Estimate|lseg
        en => Oracle raised revenue to $16 billion. Analysts polled by LSEG had expected $15.9 billion. => Q:oracle|Revenue|16000000000|-|-|USD|-|-|Reported|-;Q:oracle|Revenue|15900000000|-|-|USD|-|-|Estimate|lseg
        # a results box: the source an introduction ending in a colon names is the source of the estimates listed under it, one per line
        en => Adobe reported results for the second quarter of 2025. Here is how the company did against estimates from analysts polled by LSEG:¶Revenue: $5.9 billion vs. $5.8 billion expected¶Earnings per share: $5.06 vs. $4.97 expected => Q:adobe|Revenue|5900000000|-|-|USD|-|FY2025-Q2|Reported|-;Q:adobe|Revenue|5800000000|-|-|USD|-|FY2025-Q2|Estimate|lseg;Q:adobe|EarningsPerShare|5.06|-|-|USD|-|FY2025-Q2|Reported|-;Q:adobe|EarningsPerShare|4.97|-|-|USD|-|FY2025-Q2|Estimate|lseg
        de => Adobe hat Zahlen für das zweite Quartal 2025 vorgelegt. Die Ergebnisse im Vergleich mit den Schätzungen laut LSEG:¶Umsatz: 5,9 Milliarden Dollar, erwartet waren 5,8 Milliarden Dollar¶Ergebnis je Aktie: 5,06 Dollar, erwartet waren 4,97 Dollar => Q:adobe|Revenue|5900000000|-|-|USD|-|FY2025-Q2|Reported|-;Q:adobe|Revenue|5800000000|-|-|USD|-|FY2025-Q2|Estimate|lseg;Q:adobe|EarningsPerShare|5.06|-|-|USD|-|FY2025-Q2|Reported|-;Q:adobe|EarningsPerShare|4.97|-|-|USD|-|FY2025-Q2|Estimate|lseg
        # a line after the list is prose again: its estimate has no source unless it names one
        en => Here is how Adobe did against estimates from analysts polled by LSEG:¶Revenue: $5.9 billion vs. $5.8 billion expected¶¶Some analysts had expected revenue of $6 billion. => Q:adobe|Revenue|5900000000|-|-|USD|-|-|Reported|-;Q:adobe|Revenue|5800000000|-|-|USD|-|-|Estimate|lseg;Q:adobe|Revenue|6000000000|-|-|USD|-|-|Estimate|-
        # guidance in a clause coordinated with the company's first verb is the company's
        de => Adobe übertraf die Erwartungen und rechnet im Geschäftsjahr 2026 mit einem Umsatz von 25 Milliarden Dollar. => Q:adobe|Revenue|25000000000|-|-|USD|-|FY2026|Forecast|adobe
        en => Adobe beat expectations and expects revenue of $25 billion for fiscal 2026. => Q:adobe|Revenue|25000000000|-|-|USD|-|FY2026|Forecast|adobe
        # "Alphabet-Chef Sundar Pichai": the company names the title, the person speaks
        de => Nach Angaben von Alphabet-Chef Sundar Pichai hat Gemini 450 Millionen monatlich aktive Nutzer. => Q:gemini|MonthlyActiveUsers|450000000|-|-|-|-|-|Reported|sundar-pichai
        # "Das teilte X mit.": a source sentence right after the figures attributes them
        de => Die Zahl der wöchentlichen Nutzer von ChatGPT stieg auf 800 Millionen. Das teilte OpenAI-Chef Sam Altman am Montag mit. => Q:chatgpt|WeeklyActiveUsers|800000000|-|-|-|-|-|Reported|sam-altman
        de => Tesla will 10 Prozent der Stellen streichen. Das berichtete Reuters unter Berufung auf Insider. => Q:tesla|EmployeesChange|-10|-|-|PERCENT|-|-|Plan|reuters
        # "der Konzern" after a unit named in the same sentence is the group
        de => Amazon ist zufrieden. Der Umsatz der Cloud-Sparte AWS stieg auf 31 Milliarden Dollar, teilte der Konzern mit. => Q:amazon-web-services|Revenue|31000000000|-|-|USD|-|-|Reported|amazon
        # an unnamed spokesperson speaks for the company
        de => Die Run-Rate von OpenAI liege bei 13 Milliarden Dollar, sagte ein Unternehmenssprecher. => Q:openai|RevenueRunRate|13000000000|-|-|USD|-|-|Reported|openai
        # verb-second after a fronted phrase: the person after the verb speaks
        de@2025-07-31 => Microsoft legte Zahlen vor. Für das laufende Quartal stellte Finanzchefin Amy Hood Investitionen von mehr als 30 Milliarden Dollar in Aussicht. => Q:microsoft|CapitalExpenditure|30000000000|30000000000|-|USD|AtLeast|FY2026-Q1|Forecast|amy-hood
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
