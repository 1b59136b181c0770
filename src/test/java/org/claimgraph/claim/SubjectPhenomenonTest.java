package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Subjects carried across sentences: a figure with no name of its own continues the organisation
 * last reported on (not a product of it, not the article's main company), and "der Konzern" after
 * a sentence opening with another organisation means that one.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class SubjectPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        de => Apple steigerte 2024 den Umsatz auf 391 Milliarden Dollar. Microsoft steigerte 2024 den Umsatz auf 245 Milliarden Dollar. Die Erlöse der Cloud-Plattform Azure wuchsen 2024 um 30 Prozent. Der Gewinn kletterte 2024 auf 88 Milliarden Dollar. => Q:apple|Revenue|391000000000|-|-|USD|-|2024|Reported|-;Q:microsoft|Revenue|245000000000|-|-|USD|-|2024|Reported|-;Q:microsoft-azure|RevenueChange|30|-|-|PERCENT|-|2024|Reported|-;Q:microsoft|NetIncome|88000000000|-|-|USD|-|2024|Reported|-
        de => Apple steigerte 2024 den Umsatz auf 391 Milliarden Dollar. Apple erhöhte die Dividende. Die Microsoft-Aktie stieg um neun Prozent. Der Börsenwert des Konzerns liegt bei 3,5 Billionen Dollar. => Q:apple|Revenue|391000000000|-|-|USD|-|2024|Reported|-;Q:microsoft|SharePriceChange|9|-|-|PERCENT|-|-|Reported|-;Q:microsoft|MarketCapitalization|3500000000000|-|-|USD|-|-|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
