package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negative cases: numbers that are no figure of any metric must yield no claim at all.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class NoClaimPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # backlog, cash flow and cash burned are none of our metrics, even after a metric word ("revenue backlog") or with one in an apposition
        en => Its revenue backlog stood at $41.7bn at the end of September. => ""
        en => Unfilled orders, a measure of revenue yet to be booked, reached $212 billion, up 61% from a year earlier. => ""
        en => Free cash flow was negative $3.4 billion in the quarter. => ""
        en => OpenAI's revenue climbed to $9.8 billion and the startup burned $1.9 billion in cash. => Q:openai|Revenue|9800000000|-|-|USD|-|-|Reported|-
        de => Der Auftragsbestand lag zum Quartalsende bei 47 Milliarden Euro. => ""
        de => Der freie Cashflow betrug 2,4 Milliarden Euro. => ""
        # a share of a market is no share price
        en => Xiaomi sold about 43 million phones, giving it a 14% share of the global market. => ""
        # a one-off charge is no metric of ours: "a $3.1 billion hit", "eine Belastung von …", "eine 3,1-Milliarden-Dollar-Belastung"
        en => Microsoft took a $3.1 billion hit from its investment in OpenAI. => ""
        de => Microsoft verbuchte eine 3,1-Milliarden-Dollar-Belastung aus der OpenAI-Beteiligung. => ""
        en => Microsoft recorded a $3.1 billion impairment charge in the quarter. => ""
        en@2025-08-27 => During the first half of fiscal 2026, Nvidia returned $24.3 billion to shareholders in the form of share repurchases and cash dividends. => ""
        # a market share is no share price; money raised from investors and an index's move are no metric of ours
        en => Samsung shipped 58 million smartphones in the quarter, giving it a 19% market share. => ""
        en => Apple's share rose 1 percentage point to 18%, the firm said. => ""
        en => Anthropic has raised $13 billion in a Series F round. => ""
        en => Mistral raises $2B in new funding. => ""
        en => Nvidia shares rose 3%. The S&P 500 rose 0.2% on the day. => Q:nvidia|SharePriceChange|3|-|-|PERCENT|-|-|Reported|-
        # sentences that must yield no claim of any kind: dates, years, model numbers, phone numbers,
        # times, ordinals, page furniture, counts of things no metric measures ('¶' is a line break)
        de => Die Hauptversammlung findet am 12. Juni 2025 statt. => ""
        de => Meta wurde 2004 gegründet. => ""
        de => Meta hat Llama 3 im April veröffentlicht. => ""
        de => Nvidia liefert den H100 an zahlreiche Rechenzentren. => ""
        de => OpenAI hat GPT-4 durch ein neues Modell ersetzt. => ""
        de => Sie erreichen die Redaktion unter 030 1234567. => ""
        de => Meta zeigt eine neue KI-Brille. ¶7 Bilder ansehen ¶Die Brille kommt im Herbst in den Handel. => ""
        de => Google stellt neue Suchfunktionen vor. ¶Anzeige ¶Mehr zu diesem Thema ¶Die Funktionen starten zunächst in den USA. => ""
        de => Die Telefonkonferenz beginnt um 22.30 Uhr. => ""
        de => Apple ist zum dritten Mal in Folge Marktführer. => ""
        de => Der 5. Platz ging an Xiaomi. => ""
        de => Das Treffen dauerte zwei Stunden. => ""
        de => Amazon eröffnete 2023 ein Büro in Berlin. => ""
        de => Samsung stellte am 22. Januar das Galaxy S25 vor. => ""
        de => Microsoft kündigte drei neue Surface-Modelle an. => ""
        en => The annual meeting will be held on June 12, 2025. => ""
        en => Meta was founded in 2004. => ""
        en => Meta released Llama 3 in April. => ""
        en => Nvidia ships the H100 to many data centers. => ""
        en => OpenAI replaced GPT-4 with a new model. => ""
        en => Call our newsroom at +1 415 555 0134. => ""
        en => The earnings call starts at 5:30 p.m. Eastern time. => ""
        en => Apple ranked first for the third year in a row. => ""
        en => The meeting lasted two hours. => ""
        en => Tesla opened its 4th factory in 2023. => ""
        en => Windows 11 runs on Microsoft's Surface laptops. => ""
        en => Nvidia unveiled the RTX 5090 on January 6. => ""
        en => Meta opens AI lab in Paris. ¶View 12 photos ¶The lab will hire researchers from Europe. => ""
        en => Amazon announced two new Echo devices on Tuesday. => ""
        en => Shares of Apple have risen 9% this year, compared with a 6% rise for the broader market. => Q:apple|SharePriceChange|9|-|-|PERCENT|-|-|Reported|-
        en => TSMC posted net income of T$398 billion in the second quarter of 2025. => ""
        en => TSMC posted net income of NT$398 billion ($13.5 billion) in the second quarter of 2025. => Q:tsmc|NetIncome|398000000000|-|-|TWD|-|2025-Q2|Reported|-;Q:tsmc|NetIncome|13500000000|-|-|USD|-|2025-Q2|Reported|-
        # a forecast's tolerance is no figure; costs are no continuation of the per-share figure before
        de => Nvidia stellte einen Umsatz von 54 Milliarden Dollar plus/minus zwei Prozent in Aussicht. => Q:nvidia|Revenue|54000000000|-|-|USD|-|-|Forecast|-
        de => Apple erhöhte die Dividende auf 26 Cent je Aktie. Wegen der Zölle rechnet der Konzern mit Zusatzkosten von 900 Millionen Dollar. => Q:apple|DividendPerShare|0.26|-|-|USD|-|-|Reported|-
        # a currency keeps its own unit and never borrows the unit of its conversion
        de => Der Nettogewinn von TSMC stieg auf 398 Milliarden Taiwan-Dollar (umgerechnet 11,6 Milliarden Euro). => Q:tsmc|NetIncome|398000000000|-|-|TWD|-|-|Reported|-;Q:tsmc|NetIncome|11600000000|-|-|EUR|-|-|Reported|-
        de => Samsung erzielte einen operativen Gewinn von 4,7 Billionen Won. => Q:samsung-electronics|OperatingIncome|4700000000000|-|-|KRW|-|-|Reported|-
        # a margin or share the model has no metric for is no continuation of the revenue before
        de => Siemens steigerte den Umsatz auf 19 Milliarden Euro. Die Marge im Industriegeschäft sank um 0,9 Prozentpunkte. => Q:siemens|Revenue|19000000000|-|-|EUR|-|-|Reported|-
        de => Die Hälfte der Nutzer von Instagram ist jünger als 35 Jahre. => ""
        en => Half of Instagram's users are younger than 35. => ""
        # ages and durations are no amounts
        de => Threads gewann binnen drei Monaten neue Nutzer. => ""
        en => Nvidia has supplied chips to OpenAI for 10 years. => ""
        # a ratio compound ("Umsatzrendite", "Gewinnmarge") is not the metric inside it
        de => Siemens steigerte den Umsatz auf 19 Milliarden Euro. Die Sparte Digital Industries kam auf eine Umsatzrendite von 18,5 Prozent, ein Plus von 3,4 Prozentpunkten. => Q:siemens|Revenue|19000000000|-|-|EUR|-|-|Reported|-
        de => Siemens steigerte den Umsatz auf 19 Milliarden Euro. Die Gewinnmarge stieg auf 12 Prozent. => Q:siemens|Revenue|19000000000|-|-|EUR|-|-|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "QCR");
    }
}
