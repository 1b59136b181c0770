package org.claimgraph.claim;

import org.claimgraph.golden.PhenomenonCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relations: roles, rivals, subsidiaries, developers and successors as relation claims.
 * Rows run through the real standard pipeline; see {@link PhenomenonCheck} for the row format and
 * {@link org.claimgraph.golden.ClaimStrings} for the claim notation.
 */
class RelationPhenomenonTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
        # roles (Finanzchefin, -Chef, CFO, CEO, chief executive), rivals, subsidiaries, developers, successors
        de => Finanzchefin Susan Li sprach von einem starken Quartal für Meta. => R:susan-li|chiefFinancialOfficerOf|meta-platforms
        de => Microsoft-Chef Satya Nadella stellte neue KI-Funktionen vor. => R:satya-nadella|chiefExecutiveOfficerOf|microsoft
        de => Apple-Chef Tim Cook kündigte neue Produkte an. => R:tim-cook|chiefExecutiveOfficerOf|apple
        de => Nvidia-Finanzchefin Colette Kress äußerte sich zuversichtlich. => R:colette-kress|chiefFinancialOfficerOf|nvidia
        de => Der X-Konkurrent Threads wächst weiter. => R:threads|competitorOf|x-social-network
        de => Die Google-Tochter Waymo baut ihren Robotaxi-Dienst aus. => R:waymo|ownedBy|google
        de => Der Instagram-Konkurrent TikTok gehört zu ByteDance. => R:tiktok|competitorOf|instagram;R:tiktok|ownedBy|bytedance
        de => GPT-5 wurde von OpenAI entwickelt und löst den Vorgänger GPT-4 ab. => R:gpt-5|developedBy|openai;R:gpt-5|follows|gpt-4
        en => Meta CFO Susan Li said demand remained strong. => R:susan-li|chiefFinancialOfficerOf|meta-platforms
        en => Microsoft CEO Satya Nadella unveiled new AI features. => R:satya-nadella|chiefExecutiveOfficerOf|microsoft
        en => Nvidia CFO Colette Kress spoke to analysts. => R:colette-kress|chiefFinancialOfficerOf|nvidia
        en => Andy Jassy, chief executive of Amazon, spoke at the event. => R:andy-jassy|chiefExecutiveOfficerOf|amazon
        en => Threads, a rival to X, keeps growing. => R:threads|competitorOf|x-social-network
        en => Gemini, developed by Google DeepMind, now powers search. => R:gemini|developedBy|google-deepmind
        en => GPT-5 is the successor to GPT-4. => R:gpt-5|follows|gpt-4
        en => Waymo, a subsidiary of Alphabet, is expanding its robotaxi service. => R:waymo|ownedBy|alphabet
        """)
    void extracts(ArgumentsAccessor row) {
        PhenomenonCheck.check(row, "R");
    }
}
