package org.claimgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.golden.ClaimStrings;
import org.claimgraph.golden.PhenomenonCheck;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.Language;
import org.claimgraph.ingest.PublicationDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Metric and segment from the words around a figure: idioms of profit ("unter dem Strich
 * verdiente", "bottom line"), and a segment named as the clause's subject that holds for every
 * figure of the clause. Rows run through the real standard pipeline; see {@link PhenomenonCheck}.
 */
class MetricPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # a frequency word right after an earlier figure counts that one, not the paying subscribers after it
        de => ChatGPT zählt inzwischen mehr als 800 Millionen wöchentlich aktive Nutzer, davon sind etwa 20 Millionen zahlende Abonnenten. => Q:chatgpt|WeeklyActiveUsers|800000000|800000000|-|-|AtLeast|-|Reported|-;Q:chatgpt|Users|20000000|-|-|-|Approximately|-|Reported|-
        # no share costs a million: billions near a later "shares" are the earlier metric's, not a share price
        en => Meta said capital spending would be about $72 billion this year, some $6 billion more than it had forecast, sending its shares down 5%. => Q:meta-platforms|CapitalExpenditure|72000000000|-|-|USD|Approximately|2025|Forecast|meta-platforms;Q:meta-platforms|CapitalExpenditureChange|6000000000|-|-|USD|Approximately|2025|Forecast|meta-platforms;Q:meta-platforms|SharePriceChange|-5|-|-|PERCENT|-|-|Reported|meta-platforms
        # the price a listing or offering sold shares at is a share price, not earnings per share
        en => CoreWeave went public in March at $40 a share. => Q:coreweave|SharePrice|40|-|-|USD|-|2025-03|Reported|-
        en => Arm Holdings priced its IPO at $51 per share on Tuesday. => Q:arm-holdings|SharePrice|51|-|-|USD|-|2025-07-29|Reported|-
        de => Arm Holdings ging im September 2023 zu 51 Dollar je Aktie an die Börse. => Q:arm-holdings|SharePrice|51|-|-|USD|-|2023-09|Reported|-
        # "graphics processing units", "Grafikprozessor"; "valuing the company at"; money raised is no metric of ours
        en => xAI plans to expand its supercomputer to about 1 million graphics processing units. => Q:xai|GPUCount|1000000|-|-|-|Approximately|-|Plan|-
        de => xAI will seinen Supercomputer auf rund eine Million Grafikprozessoren ausbauen. => Q:xai|GPUCount|1000000|-|-|-|Approximately|-|Plan|-
        en => xAI raised $10 billion in July, valuing the company at about $200 billion. => Q:xai|MarketCapitalization|200000000000|-|-|USD|Approximately|2025-07|Reported|-
        de => xAI sammelte im Juli 10 Milliarden Dollar ein, wobei das Unternehmen mit rund 200 Milliarden Dollar bewertet wurde. => Q:xai|MarketCapitalization|200000000000|-|-|USD|Approximately|-|Reported|-
        # GPUs a company will ship are shipments; "valued at" is a market value; the later figure of a from-to pair keeps the run-rate word
        en => Nvidia reported results. Jensen Huang said the company would ship 20 million Blackwell GPUs over the life of the product. => Q:nvidia|GPUShipments|20000000|-|-|-|-|-|Forecast|jensen-huang
        en@2025-09-02 => OpenAI was valued at $300 billion in March. => Q:openai|MarketCapitalization|300000000000|-|-|USD|-|2025-03|Reported|-
        en@2025-09-02 => Anthropic said its run-rate revenue has grown from roughly $1 billion in January to more than $5 billion in August. => Q:anthropic|RevenueRunRate|1000000000|-|-|USD|Approximately|2025-01|Reported|anthropic;Q:anthropic|RevenueRunRate|5000000000|5000000000|-|USD|AtLeast|2025-08|Reported|anthropic
        # a company that closes at a price or is worth an amount: its share price and its market value
        en@2025-10-29 => Nvidia closed at $207.04 on Wednesday, making it the first company ever to be worth $5 trillion. => Q:nvidia|SharePrice|207.04|-|-|USD|-|2025-10-29|Reported|-;Q:nvidia|MarketCapitalization|5000000000000|-|-|USD|-|2025-10-29|Reported|-
        en => Nvidia's earnings per diluted share were $1.08. => Q:nvidia|EarningsPerShare|1.08|-|-|USD|-|-|Reported|-
        en => Alphabet raised its 2025 capital-expenditure forecast to $85 billion from $75 billion. => Q:alphabet|CapitalExpenditure|85000000000|-|-|USD|-|2025|Forecast|-;Q:alphabet|CapitalExpenditure|75000000000|-|-|USD|-|2025|Forecast|-
        en => Amazon cut about 14,000 corporate jobs this week, and had about 1.58 million employees at the end of June. => Q:amazon|EmployeesChange|-14000|-|-|-|Approximately|2025-06|Reported|-;Q:amazon|Employees|1580000|-|-|-|Approximately|2025-06|Reported|-
        en@2025-11-01 => Shares in Meta fell 11 per cent on Thursday, wiping almost $200bn off its market value, while Alphabet rose 2.5 per cent. => Q:meta-platforms|SharePriceChange|-11|-|-|PERCENT|-|2025-10-30|Reported|-;Q:meta-platforms|MarketCapitalizationChange|-200000000000|-|-200000000000|USD|AtMost|2025-10-30|Reported|-;Q:alphabet|SharePriceChange|2.5|-|-|PERCENT|-|2025-10-30|Reported|-
        en => Microsoft slipped 2.9% in after-hours trading. => Q:microsoft|SharePriceChange|-2.9|-|-|PERCENT|-|2025-08-01|Reported|-
        en => Meta said Threads has 400 million monthly users. Microsoft climbed 4% after the report. => Q:threads|MonthlyActiveUsers|400000000|-|-|-|-|-|Reported|meta-platforms;Q:microsoft|SharePriceChange|4|-|-|PERCENT|-|-|Reported|-
        en => Microsoft and Apple are each worth about $4 trillion. => Q:microsoft|MarketCapitalization|4000000000000|-|-|USD|Approximately|-|Reported|-;Q:apple|MarketCapitalization|4000000000000|-|-|USD|Approximately|-|Reported|-
        de => Microsoft und Apple sind jeweils rund 4 Billionen Dollar wert. => Q:microsoft|MarketCapitalization|4000000000000|-|-|USD|Approximately|-|Reported|-;Q:apple|MarketCapitalization|4000000000000|-|-|USD|Approximately|-|Reported|-
        # a part of a business has no net income: its loss or profit is its operating result
        en => Meta's Reality Labs lost $4.2 billion in the second quarter. => Q:reality-labs|OperatingIncome|-4200000000|-|-|USD|-|2025-Q2|Reported|-
        en => Reality Labs, Meta's hardware division, posted a loss of $3.9 billion in the first quarter. => Q:reality-labs|OperatingIncome|-3900000000|-|-|USD|-|2025-Q1|Reported|-
        en => Alphabet's Other Bets posted a net loss of $1.1 billion. => Q:other-bets|NetIncome|-1100000000|-|-|USD|-|-|Reported|-
        de => Die Sparte Reality Labs verbuchte im zweiten Quartal einen Verlust von 4,2 Milliarden Dollar. => Q:reality-labs|OperatingIncome|-4200000000|-|-|USD|-|2025-Q2|Reported|-
        de => Metas Reality Labs machte im ersten Quartal 3,9 Milliarden Dollar Verlust. => Q:reality-labs|OperatingIncome|-3900000000|-|-|USD|-|2025-Q1|Reported|-
        en => Meta's Reality Labs lost $4.2 billion in the second quarter. The unit has lost nearly $60 billion in total. => Q:reality-labs|OperatingIncome|-4200000000|-|-|USD|-|2025-Q2|Reported|-;Q:reality-labs|OperatingIncome|-60000000000|-|-60000000000|USD|AtMost|-|Reported|-
        de => Unter dem Strich verdiente Intel im zweiten Quartal 2025 rund 2,9 Milliarden Dollar. => Q:intel|NetIncome|2900000000|-|-|USD|Approximately|2025-Q2|Reported|-
        de => Netflix verdiente im zweiten Quartal 2025 3,1 Milliarden Dollar. => Q:netflix|NetIncome|3100000000|-|-|USD|-|2025-Q2|Reported|-
        en => Intel's bottom line came in at $2.9 billion in the second quarter of 2025. => Q:intel|NetIncome|2900000000|-|-|USD|-|2025-Q2|Reported|-
        en => Netflix's net income was $3.1 billion in the second quarter of 2025. => Q:netflix|NetIncome|3100000000|-|-|USD|-|2025-Q2|Reported|-
        en => Apple's board authorized $90 billion for share buybacks. => Q:apple|ShareBuyback|90000000000|-|-|USD|-|-|Reported|-
        en => Nvidia approved an additional $50 billion for stock repurchases. => Q:nvidia|ShareBuyback|50000000000|-|-|USD|-|-|Reported|-
        de => Apple will für 90 Milliarden Dollar eigene Aktien zurückkaufen. => Q:apple|ShareBuyback|90000000000|-|-|USD|-|-|Plan|-
        en => Intel lost $2.9 billion in the second quarter of 2025. => Q:intel|NetIncome|-2900000000|-|-|USD|-|2025-Q2|Reported|-
        en => Tesla earned $1.2 billion in the second quarter of 2025. => Q:tesla|NetIncome|1200000000|-|-|USD|-|2025-Q2|Reported|-
        en => Daily active people across Meta's apps averaged 3.4 billion in June. => Q:meta-platforms|DailyActiveUsers|3400000000|-|-|-|-|2025-06|Reported|-
        # a cost, or a count no metric measures, does not continue the money metric of the sentence before
        en => Apple's revenue rose to $94 billion in the third quarter of 2025. Tariffs would add about $1.1 billion to costs. => Q:apple|Revenue|94000000000|-|-|USD|-|FY2025-Q3|Reported|-
        en => Meta's revenue rose to $47 billion in the second quarter of 2025. Total expenses will be $30 billion. => Q:meta-platforms|Revenue|47000000000|-|-|USD|-|2025-Q2|Reported|-
        de => Metas Umsatz stieg im zweiten Quartal 2025 auf 47 Milliarden Dollar. Die Kosten sollen 30 Milliarden Dollar betragen. => Q:meta-platforms|Revenue|47000000000|-|-|USD|-|2025-Q2|Reported|-
        en => Tesla's revenue fell to $22 billion in the second quarter of 2025. Tesla delivered 380,000 vehicles, down 13%. => Q:tesla|Revenue|22000000000|-|-|USD|-|2025-Q2|Reported|-
        # backlogs and costs are no metric of ours
        en => Oracle's revenue rose 12% to $14.9 billion in the first quarter of fiscal 2026. Remaining performance obligations jumped 359% to $455 billion. => Q:oracle|RevenueChange|12|-|-|PERCENT|-|FY2026-Q1|Reported|-;Q:oracle|Revenue|14900000000|-|-|USD|-|FY2026-Q1|Reported|-
        en => SAP's revenue rose to 9 billion euros in the second quarter of 2025. The current cloud backlog grew 28% to 18 billion euros. => Q:sap|Revenue|9000000000|-|-|EUR|-|2025-Q2|Reported|-
        en => Nvidia's revenue was $44 billion in the first quarter of fiscal 2026. Export curbs on its H20 chip sales cost the company $4.5 billion in the quarter. => Q:nvidia|Revenue|44000000000|-|-|USD|-|FY2026-Q1|Reported|-
        # a frequency word before the user noun refines it, however far the figure follows
        de => Die Zahl der wöchentlichen Nutzerinnen und Nutzer von ChatGPT stieg auf 800 Millionen. => Q:chatgpt|WeeklyActiveUsers|800000000|-|-|-|-|-|Reported|-
        de => Die Zahl der täglich aktiven Nutzer von Facebook lag zuletzt bei 2,1 Milliarden. => Q:facebook|DailyActiveUsers|2100000000|-|-|-|-|-|Reported|-
        # run rates, valuations, "umsetzen"
        de => Aufs Jahr hochgerechnet liegt der Umsatz von Anthropic bei 5 Milliarden Dollar. => Q:anthropic|RevenueRunRate|5000000000|-|-|USD|-|-|Reported|-
        de => Bei der jüngsten Finanzierungsrunde wurde Anthropic mit 183 Milliarden Dollar bewertet. => Q:anthropic|MarketCapitalization|183000000000|-|-|USD|-|-|Reported|-
        de => Bis 2030 will das Start-up Anthropic 70 Milliarden Dollar umsetzen. => Q:anthropic|Revenue|70000000000|-|-|USD|-|2030|Plan|-
        # "je Aktie" anywhere in the sentence makes its small money amounts per-share figures
        de => Je Aktie verdiente Oracle 1,70 Dollar, Analysten hatten 1,64 Dollar erwartet. => Q:oracle|EarningsPerShare|1.7|-|-|USD|-|-|Reported|-;Q:oracle|EarningsPerShare|1.64|-|-|USD|-|-|Estimate|-
        # a change before a level does not part the level from its metric word
        de => Der Nettogewinn von Siemens halbierte sich nahezu auf 2,2 Milliarden Euro, nachdem ein Sondererlös weggefallen war. => Q:siemens|NetIncomeChange|-50|-|-50|PERCENT|AtMost|-|Reported|-;Q:siemens|NetIncome|2200000000|-|-|EUR|-|-|Reported|-
        # a business that grew "um X Prozent auf Y Dollar" grew its revenue to Y
        de => Die Cloudsparte AWS wuchs im zweiten Quartal 2025 um 17 Prozent auf 30,9 Milliarden Dollar. => Q:amazon-web-services|RevenueChange|17|-|-|PERCENT|-|2025-Q2|Reported|-;Q:amazon-web-services|Revenue|30900000000|-|-|USD|-|2025-Q2|Reported|-
        en => AWS grew 17% to $30.9 billion in the second quarter of 2025. => Q:amazon-web-services|RevenueChange|17|-|-|PERCENT|-|2025-Q2|Reported|-;Q:amazon-web-services|Revenue|30900000000|-|-|USD|-|2025-Q2|Reported|-
        # a number counting a noun that names no metric is no money figure
        de => Meta will 2025 rund 65 Milliarden Dollar investieren. Zusammen dürften die vier Konzerne in diesem Jahr mehr als 300 Milliarden Dollar ausgeben. => Q:meta-platforms|CapitalExpenditure|65000000000|-|-|USD|Approximately|2025|Plan|-
        # "nahezu" after "verdoppelte sich" hedges the change; an acronym before a range is no model name
        de => Das Betriebsergebnis von SAP verdoppelte sich nahezu auf 2,4 Milliarden Euro. => Q:sap|OperatingIncomeChange|100|-|100|PERCENT|AtMost|-|Reported|-;Q:sap|OperatingIncome|2400000000|-|-|EUR|-|-|Reported|-
        de => Für das Betriebsergebnis peilt SAP 10,3 bis 10,6 Milliarden Euro an. => Q:sap|OperatingIncome|-|10300000000|10600000000|EUR|-|-|Plan|-
        # "die Streichung von N Stellen" is a cut
        de => Microsoft hatte die Streichung von rund 9000 Stellen angekündigt. => Q:microsoft|EmployeesChange|-9000|-|-|-|Approximately|-|Plan|-
        # "nach einem Minus von X im Vorjahr" after a loss is the loss of the year before, not a fall
        de => Intel meldete für das zweite Quartal einen Nettoverlust von 2,9 Milliarden Dollar, nach einem Minus von 1,6 Milliarden Dollar im Vorjahreszeitraum. => Q:intel|NetIncome|-2900000000|-|-|USD|-|2025-Q2|Reported|intel;Q:intel|NetIncome|-1600000000|-|-|USD|-|2024-Q2|Reported|intel
        # paying subscribers do not continue the monthly active users before them
        de => Die Zahl der monatlich aktiven Nutzer von Spotify stieg um elf Prozent auf 713 Millionen. Die Zahl der zahlenden Abonnenten kletterte um zwölf Prozent auf 281 Millionen. => Q:spotify|MonthlyActiveUsersChange|11|-|-|PERCENT|-|-|Reported|-;Q:spotify|MonthlyActiveUsers|713000000|-|-|-|-|-|Reported|-;Q:spotify|UsersChange|12|-|-|PERCENT|-|-|Reported|-;Q:spotify|Users|281000000|-|-|-|-|-|Reported|-
        # "ist an der Börse X wert" is the market value
        de => Tesla ist an der Börse rund 1,5 Billionen Dollar wert. => Q:tesla|MarketCapitalization|1500000000000|-|-|USD|Approximately|-|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        de => Die Werbesparte von Alphabet steigerte ihre Erlöse im zweiten Quartal 2025 um 10 Prozent auf 71,3 Milliarden Dollar. => RevenueChange:advertising Revenue:advertising
        de => Mit KI setzte Microsoft im dritten Quartal 2025 nach eigenen Angaben 13 Milliarden Dollar um. => Revenue:AI
        en => Alphabet's advertising business grew its sales in the second quarter of 2025 by 10% to a total of $71.3 billion. => RevenueChange:advertising Revenue:advertising
        en => Nvidia's data center revenue rose 56% to $41.1 billion in the second quarter of 2025. => RevenueChange:data center Revenue:data center
        # a segment named as the cause ("dank", "driven by") is not the part the figure is for
        de => Alphabet hat dank eines boomenden Cloud-Geschäfts erstmals mehr als 100 Milliarden Dollar in einem Quartal umgesetzt. => Revenue:null
        en => Alphabet's revenue rose 16% to $102.3 billion in the third quarter of 2025, driven by strong cloud demand. => RevenueChange:null Revenue:null
        """)
    void segmentHoldsForEveryFigureOfItsClause(String lang, String text, String expected) {
        Article article = new Article("t.txt", null, PublicationDate.parse(ClaimStrings.DEFAULT_DATE).orElseThrow(),
            Language.valueOf(lang.toUpperCase()), null, text);
        List<String> got = ClaimStrings.pipeline().process(article).claims().stream()
            .filter(c -> c instanceof QuantitativeClaim).map(c -> (QuantitativeClaim) c)
            .map(q -> q.metricLocalName() + ":" + q.segment()).sorted().toList();
        List<String> want = java.util.Arrays.stream(expected.split(" (?=\\p{Lu}\\p{L}+:)")).sorted().toList();
        assertEquals(want, got, text);
    }
}
