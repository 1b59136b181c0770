package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Comparisons: ratios between two entities as comparative claims, and no stray counts from them.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class ComparisonPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # ratios: x-mal mehr … als, halb so viele … wie, doppelt so viele; twice/half/three times as many … as
        # (quantitative claims are listed too: a ratio must not also become a count)
        de => Für GPT-5 setzte OpenAI rund fünfmal mehr GPUs ein als für GPT-4. => C:gpt-5|GPUCount|5|gpt-4|Approximately|Reported
        de => Threads hat halb so viele Nutzer wie X. => C:threads|Users|0.5|x-social-network|-|Reported
        de => ChatGPT hat doppelt so viele wöchentliche Nutzer wie die Gemini-App. => C:chatgpt|WeeklyActiveUsers|2|gemini-app|-|Reported
        de => Microsoft investiert dreimal so viel wie Oracle. => C:microsoft|CapitalExpenditure|3|oracle|-|Reported
        de => Instagram hat dreimal so viele Nutzer wie Snapchat. => C:instagram|Users|3|snapchat|-|Reported
        de => Microsoft betreibt zehnmal mehr GPUs als Oracle. => C:microsoft|GPUCount|10|oracle|-|Reported
        en => ChatGPT has twice as many weekly active users as the Gemini app. => C:chatgpt|WeeklyActiveUsers|2|gemini-app|-|Reported
        en => Threads has half as many users as X. => C:threads|Users|0.5|x-social-network|-|Reported
        en => Microsoft operates ten times as many GPUs as Oracle. => C:microsoft|GPUCount|10|oracle|-|Reported
        en => Instagram has three times as many users as Snapchat. => C:instagram|Users|3|snapchat|-|Reported
        en => OpenAI used about five times more GPUs for GPT-5 than for GPT-4. => C:gpt-5|GPUCount|5|gpt-4|Approximately|Reported
        en => Microsoft's revenue is about three times that of Oracle. => C:microsoft|Revenue|3|oracle|Approximately|Reported
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "QC");
    }
}
