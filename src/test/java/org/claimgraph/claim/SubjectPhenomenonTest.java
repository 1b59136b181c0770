package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of a figure: the entity it is about, not every name near it — not a modifier
 * ("der X-Konkurrent Threads"), not the parent in "die Alphabet-Tochter Google", not a name inside
 * an aside between commas ("Instagram, which is owned by Meta, has …"). Across sentences, a figure
 * with no name of its own continues the organisation last reported on (not a product of it, not the
 * article's main company), and "der Konzern" after a sentence opening with another organisation
 * means that one. Rows run through the real standard pipeline; see {@link PhenomenonCheck}.
 */
class SubjectPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # the maker of what is counted ("600,000 of Nvidia's H100 chips") is not who has them; an estimate in a while-clause is that clause's
        en => Meta has said it will have 600,000 of Nvidia's H100 chips, while Microsoft bought an estimated 485,000 Hopper chips. => Q:meta-platforms|GPUCount|600000|-|-|-|-|-|Forecast|meta-platforms;Q:microsoft|GPUCount|485000|-|-|-|Approximately|-|Estimate|-
        de => Meta will bis Jahresende 600.000 von Nvidias H100-Chips besitzen. => Q:meta-platforms|GPUCount|600000|-|-|-|-|2025|Plan|-
        # the news agency that saw the papers is no subject of the figure
        de => OpenAI wächst rasant. Die Erlöse beliefen sich im ersten Halbjahr auf 8,1 Milliarden Dollar, wie aus Unterlagen hervorgeht, die Reuters einsehen konnte. => Q:openai|Revenue|8100000000|-|-|USD|-|2025-H1|Reported|openai
        # a line of business opening the sentence belongs to the company, not to the product before it
        de@2025-10-31 => Apple legte Zahlen für das vierte Geschäftsquartal vor. Der iPhone-Umsatz stieg auf 49 Milliarden Dollar. Das Servicegeschäft mit App Store und Streaming wuchs um 15 Prozent auf knapp 29 Milliarden Dollar. => Q:iphone|Revenue|49000000000|-|-|USD|-|FY2025-Q4|Reported|-;Q:apple|RevenueChange|15|-|-|PERCENT|-|FY2025-Q4|Reported|-;Q:apple|Revenue|29000000000|-|29000000000|USD|AtMost|FY2025-Q4|Reported|-
        en@2025-10-31 => Apple had a strong fourth quarter. iPhone revenue rose to $49 billion. The services business grew 15% to $29 billion. => Q:iphone|Revenue|49000000000|-|-|USD|-|FY2025-Q4|Reported|-;Q:apple|RevenueChange|15|-|-|PERCENT|-|FY2025-Q4|Reported|-;Q:apple|Revenue|29000000000|-|-|USD|-|FY2025-Q4|Reported|-
        # a name opening a contrasting clause ("while iPhone sales …", "während das iPhone …") is that clause's subject, not the earlier figures'
        en@2025-10-31 => Apple reported results on Thursday. Services revenue climbed 13% to $27.4 billion, while iPhone sales were $44.6 billion. => Q:apple|RevenueChange|13|-|-|PERCENT|-|-|Reported|-;Q:apple|Revenue|27400000000|-|-|USD|-|-|Reported|-;Q:iphone|Revenue|44600000000|-|-|USD|-|-|Reported|-
        de@2025-10-31 => Apple legte am Donnerstag Zahlen vor. Der Umsatz mit Diensten stieg um 13 Prozent auf 27,4 Milliarden Dollar, während das iPhone 44,6 Milliarden Dollar Umsatz brachte. => Q:apple|RevenueChange|13|-|-|PERCENT|-|-|Reported|-;Q:apple|Revenue|27400000000|-|-|USD|-|-|Reported|-;Q:iphone|Revenue|44600000000|-|-|USD|-|-|Reported|-
        # the company that reported a figure ("the 400 million users Meta reported", "hatte Meta von … gesprochen") is not what it is about
        en@2025-10-29 => Threads has more than 150 million daily active users. That's up from the 400 million monthly users Meta reported in August. => Q:threads|DailyActiveUsers|150000000|150000000|-|-|AtLeast|-|Reported|-;Q:threads|MonthlyActiveUsers|400000000|-|-|-|-|2025-08|Reported|-
        de@2025-10-29 => Threads hat mehr als 150 Millionen täglich aktive Nutzer. Im August hatte Meta noch von 400 Millionen monatlich aktiven Nutzern gesprochen. => Q:threads|DailyActiveUsers|150000000|150000000|-|-|AtLeast|-|Reported|-;Q:threads|MonthlyActiveUsers|400000000|-|-|-|-|2025-08|Reported|-
        # an aside that opens with a possessor ("Meta's answer to X", "Metas Antwort auf X") names no subject
        en => Threads, Meta's answer to X, has grown to more than 150 million daily active users. => Q:threads|DailyActiveUsers|150000000|150000000|-|-|AtLeast|-|Reported|-
        de => Threads, Metas Antwort auf X, hat inzwischen mehr als 150 Millionen täglich aktive Nutzer. => Q:threads|DailyActiveUsers|150000000|150000000|-|-|AtLeast|-|Reported|-
        # a coordination of companies as subject: a joint figure is no company's; "each"/"jeweils" gives it to every one
        en@2025-11-20 => Microsoft, Alphabet, Amazon and Meta together plan to spend more than $380 billion on capital expenditures this year. => ""
        de@2025-11-20 => Microsoft, Alphabet, Amazon und Meta wollen in diesem Jahr zusammen mehr als 380 Milliarden Dollar investieren. => ""
        en@2025-11-20 => Zoom out: Microsoft and Alphabet plan to spend more than $150 billion combined this year. => ""
        de@2025-11-20 => Unterm Strich: Microsoft und Alphabet wollen in diesem Jahr gemeinsam mehr als 150 Milliarden Dollar ausgeben. => ""
        en => Apple and Alphabet each have more than 150,000 employees. => Q:apple|Employees|150000|150000|-|-|AtLeast|-|Reported|-;Q:alphabet|Employees|150000|150000|-|-|AtLeast|-|Reported|-
        de => Apple und Alphabet beschäftigen jeweils mehr als 150.000 Menschen. => Q:apple|Employees|150000|150000|-|-|AtLeast|-|Reported|-;Q:alphabet|Employees|150000|150000|-|-|AtLeast|-|Reported|-
        # a "respectively" list: each company reported its own figure
        en => Meta and Microsoft reported revenue of $51 billion and $77 billion, respectively. => Q:meta-platforms|Revenue|51000000000|-|-|USD|-|-|Reported|meta-platforms;Q:microsoft|Revenue|77000000000|-|-|USD|-|-|Reported|microsoft
        # a group's figure ("combined", "hyperscaler capex") is no single company's; analysts at a bank are its source, not its subject
        en@2025-11-01 => Amazon said it expected capital expenditure of about $125bn in 2025. Analysts at Morgan Stanley estimate that hyperscaler capex will reach roughly $550bn next year. => Q:amazon|CapitalExpenditure|125000000000|-|-|USD|Approximately|2025|Forecast|amazon
        en@2025-11-01 => Amazon raised its spending plans. The four largest cloud groups' combined investment in data centres will top $380bn this year. => ""
        en@2025-11-01 => Analysts at Morgan Stanley estimate that Amazon's capital spending will reach roughly $150bn next year. => Q:amazon|CapitalExpenditure|150000000000|-|-|USD|Approximately|2026|Estimate|morgan-stanley
        # the exchange in a ticker is not the company
        en => NVIDIA (NASDAQ: NVDA) today reported revenue of $46.7 billion. => Q:nvidia|Revenue|46700000000|-|-|USD|-|-|Reported|-
        de => Der X-Konkurrent Threads von Meta hat 350 Millionen monatlich aktive Nutzer. => Q:threads|MonthlyActiveUsers|350000000|-|-|-|-|-|Reported|-
        de => Instagram, das zu Meta gehört, hat 2 Milliarden monatlich aktive Nutzer. => Q:instagram|MonthlyActiveUsers|2000000000|-|-|-|-|-|Reported|-
        de => Die Alphabet-Tochter Youtube erzielte im zweiten Quartal 2025 Werbeumsätze von 9,8 Milliarden Dollar. => Q:youtube|Revenue|9800000000|-|-|USD|-|2025-Q2|Reported|-
        en => Instagram, which is owned by Meta, has 2 billion monthly active users. => Q:instagram|MonthlyActiveUsers|2000000000|-|-|-|-|-|Reported|-
        en => ChatGPT, a rival of Anthropic's Claude, has 700 million weekly active users. => Q:chatgpt|WeeklyActiveUsers|700000000|-|-|-|-|-|Reported|-
        en => ChatGPT from OpenAI has 700 million weekly active users. => Q:chatgpt|WeeklyActiveUsers|700000000|-|-|-|-|-|Reported|-
        en => Meta's Threads has 350 million monthly active users. => Q:threads|MonthlyActiveUsers|350000000|-|-|-|-|-|Reported|-
        # a consensus sentence with no name is about the company, not the product named before it
        de => Apple steigerte im dritten Quartal 2025 den iPhone-Umsatz auf 44,6 Milliarden Dollar. Analysten hatten mit einem Umsatz von 89,5 Milliarden Dollar gerechnet. => Q:iphone|Revenue|44600000000|-|-|USD|-|FY2025-Q3|Reported|-;Q:apple|Revenue|89500000000|-|-|USD|-|FY2025-Q3|Estimate|-
        en => Apple's iPhone revenue rose to $44.6 billion in the fiscal third quarter of 2025. Analysts had expected revenue of $89.5 billion. => Q:iphone|Revenue|44600000000|-|-|USD|-|FY2025-Q3|Reported|-;Q:apple|Revenue|89500000000|-|-|USD|-|FY2025-Q3|Estimate|-
        de => Apple steigerte 2024 den Umsatz auf 391 Milliarden Dollar. Microsoft steigerte 2024 den Umsatz auf 245 Milliarden Dollar. Die Erlöse der Cloud-Plattform Azure wuchsen 2024 um 30 Prozent. Der Gewinn kletterte 2024 auf 88 Milliarden Dollar. => Q:apple|Revenue|391000000000|-|-|USD|-|2024|Reported|-;Q:microsoft|Revenue|245000000000|-|-|USD|-|2024|Reported|-;Q:microsoft-azure|RevenueChange|30|-|-|PERCENT|-|2024|Reported|-;Q:microsoft|NetIncome|88000000000|-|-|USD|-|2024|Reported|-
        de => Apple steigerte 2024 den Umsatz auf 391 Milliarden Dollar. Apple erhöhte die Dividende. Die Microsoft-Aktie stieg um neun Prozent. Der Börsenwert des Konzerns liegt bei 3,5 Billionen Dollar. => Q:apple|Revenue|391000000000|-|-|USD|-|2024|Reported|-;Q:microsoft|SharePriceChange|9|-|-|PERCENT|-|-|Reported|-;Q:microsoft|MarketCapitalization|3500000000000|-|-|USD|-|-|Reported|-
        # "Konzern-"/"Gesamt-" metric words are about the group, not the unit talked about before
        de => Amazon steigerte 2024 den Umsatz auf 638 Milliarden Dollar. Der Umsatz der Cloud-Sparte AWS stieg 2024 auf 108 Milliarden Dollar. Der Konzerngewinn kletterte 2024 auf 59 Milliarden Dollar. => Q:amazon|Revenue|638000000000|-|-|USD|-|2024|Reported|-;Q:amazon-web-services|Revenue|108000000000|-|-|USD|-|2024|Reported|-;Q:amazon|NetIncome|59000000000|-|-|USD|-|2024|Reported|-
        # a sentence opening with an organisation makes it the topic, even without a figure
        de => Meta will 2025 bis zu 72 Milliarden Dollar investieren. Auch die Google-Mutter Alphabet setzt auf KI. Sie erhöhte ihre geplanten Investitionen für dieses Jahr von 75 auf 85 Milliarden Dollar. => Q:meta-platforms|CapitalExpenditure|-|-|72000000000|USD|AtMost|2025|Plan|-;Q:alphabet|CapitalExpenditure|75000000000|-|-|USD|-|2025|Plan|-;Q:alphabet|CapitalExpenditure|85000000000|-|-|USD|-|2025|Plan|-
        # a unit introduced in a later clause is the subject of that clause only
        de => Alphabet ist zufrieden. Der Umsatz stieg im zweiten Quartal um 14 Prozent, die Cloud-Sparte Google Cloud wuchs um 32 Prozent. => Q:alphabet|RevenueChange|14|-|-|PERCENT|-|2025-Q2|Reported|-;Q:google-cloud|RevenueChange|32|-|-|PERCENT|-|2025-Q2|Reported|-
        # a company named with its plan stays the subject of the figures after it
        de => Tesla steigerte 2024 den Umsatz auf 97 Milliarden Dollar. Bis 2030 will Anthropic 70 Milliarden Dollar umsetzen. Die Zahl der Geschäftskunden stieg 2024 auf 300.000. => Q:tesla|Revenue|97000000000|-|-|USD|-|2024|Reported|-;Q:anthropic|Revenue|70000000000|-|-|USD|-|2030|Plan|-;Q:anthropic|Customers|300000|-|-|-|-|2024|Reported|-
        # "Amazon-Chef Andy Jassy kündigte an": the plan is the company's whose chief speaks
        de => Alphabet will 2025 rund 75 Milliarden Dollar investieren. Amazon-Chef Andy Jassy kündigte an, die Investitionen 2025 auf mehr als 100 Milliarden Dollar zu steigern. => Q:alphabet|CapitalExpenditure|75000000000|-|-|USD|Approximately|2025|Plan|-;Q:amazon|CapitalExpenditure|100000000000|100000000000|-|USD|AtLeast|2025|Plan|andy-jassy
        en => Alphabet plans to spend about $75 billion in 2025. Amazon CEO Andy Jassy said the company would raise spending to more than $100 billion in 2025. => Q:alphabet|CapitalExpenditure|75000000000|-|-|USD|Approximately|2025|Plan|-;Q:amazon|CapitalExpenditure|100000000000|100000000000|-|USD|AtLeast|2025|Forecast|andy-jassy
        # the chip in "Hopper-GPUs" names what is counted; "so viele wie Meta" names no speaker
        de => Microsoft hat im vergangenen Jahr 485.000 Hopper-GPUs gekauft, fast doppelt so viele wie Meta. => Q:microsoft|GPUCount|485000|-|-|-|-|2024|Reported|-
        en => Microsoft bought 485,000 Hopper GPUs in 2024. => Q:microsoft|GPUCount|485000|-|-|-|-|2024|Reported|-
        # "der entsprechende Geschäftsbereich" of another owner is its unit of the kind named before ("Cloud-Sparte" → Google Cloud)
        de@2025-11-05 => Der Umsatz der Cloud-Sparte AWS wuchs im dritten Quartal 2025 um 20 Prozent. Die vergleichbare Sparte von Google legte um 31 Prozent zu. => Q:amazon-web-services|RevenueChange|20|-|-|PERCENT|-|2025-Q3|Reported|-;Q:google-cloud|RevenueChange|31|-|-|PERCENT|-|2025-Q3|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
