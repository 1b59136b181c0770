package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of a figure: the entity it is about, not every name near it — not a modifier
 * ("der X-Konkurrent Threads"), not the parent in "die Alphabet-Tochter Google", not a name inside
 * an aside between commas ("Instagram, which is owned by Meta, has …"). Rows run through the real
 * standard pipeline; see {@link PhenomenonCheck}.
 */
class SubjectPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
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
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
