package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Zero claims: "keinerlei Umsatz", "no revenue" are claims of value 0.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class ZeroClaimPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # zero claims: keinerlei/kein Umsatz, no/zero revenue (no unit: the text names none)
        de => Mit Threads erzielte Meta bislang keinerlei Umsatz. => Q:threads|Revenue|0|-|-|-|-|-|Reported|-
        de => Das Start-up Mistral AI erzielte 2023 keinerlei Umsatz. => Q:mistral-ai|Revenue|0|-|-|-|-|2023|Reported|-
        de => OpenAI hat bisher keinen Umsatz mit Werbung gemacht. => Q:openai|Revenue|0|-|-|-|-|-|Reported|-
        en => Threads generated no revenue for Meta so far. => Q:threads|Revenue|0|-|-|-|-|-|Reported|-
        en => xAI has no revenue yet. => Q:xai|Revenue|0|-|-|-|-|-|Reported|-
        en => Waymo has generated zero revenue from its new service. => Q:waymo|Revenue|0|-|-|-|-|-|Reported|-
        de => Die Gemini-App bringt Google bislang keinen Umsatz. => Q:gemini-app|Revenue|0|-|-|-|-|-|Reported|-
        en => ChatGPT's new shopping feature has generated no revenue so far. => Q:chatgpt|Revenue|0|-|-|-|-|-|Reported|-
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "Q");
    }
}
