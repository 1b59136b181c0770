package org.claimgraph.claim.quantity;

import java.util.Set;

/**
 * Words that make a number a change and say which way it goes. Compounds are matched by their
 * ending ("Umsatzplus", "Gewinnrückgang") so the lists stay short.
 */
final class ChangeWords {

    /** Nouns whose "von/of" introduces a change: "ein Plus von", "Zuwächse von", "growth of". */
    private static final String[] RISE_NOUN_ENDINGS = {"plus", "zuwachs", "zuwächse", "wachstum", "anstieg",
            "steigerung"};
    private static final String[] FALL_NOUN_ENDINGS = {"minus", "rückgang", "rückgänge", "einbruch", "abnahme"};
    /** English compounds are separate words, so these match whole words only ("enterprise" is no "rise") */
    private static final Set<String> RISE_NOUNS = Set.of("increase", "increases", "growth", "gain", "gains",
            "rise", "jump", "surge", "boost", "uptick", "improvement");
    private static final Set<String> FALL_NOUNS = Set.of("decline", "declines", "drop", "fall", "decrease",
            "slump", "plunge", "contraction", "reduction", "downturn");

    /** verbs of movement right before a number: "rose 22%", "fell 3%", "stieg 5 Prozent" */
    static final Set<String> RISE = Set.of("rose", "rise", "rises", "risen", "rising", "increased", "increase",
            "increases", "grew", "grow", "grows", "grown", "growing", "jumped", "jumps", "climbed", "climbs",
            "gained", "gains", "soared", "soars", "surged", "surges", "advanced", "up", "plus", "higher", "more",
            "stieg", "stiegen", "steigt", "steigen", "gestiegen", "wuchs", "wuchsen", "wächst", "gewachsen",
            "kletterte", "kletterten", "legte", "legten", "zugelegt", "erhöhte", "erhöht", "mehr", "höher",
            "zuwachs", "anstieg", "wachstum", "zulegen", "fester", "verbesserte", "improved", "popped", "spiked", "rallied", "leapt", "leaped", "skyrocketed",
            "rebounded", "recovered", "added", "expanded", "boosted", "sprang", "zog");
    static final Set<String> FALL = Set.of("fell", "fall", "falls", "fallen", "falling", "dropped", "drop",
            "drops", "declined", "decline", "declines", "declining", "down", "decreased", "decrease", "slid",
            "sank", "slumped", "plunged", "tumbled", "shrank", "shrunk", "lost", "slipped", "dipped", "eased",
            "lower", "less", "fewer", "minus", "reduced", "cut", "contracted",
            "sanken", "sinkt", "sinken", "gesunken", "fiel", "fielen", "fällt", "gefallen",
            "rückgang", "zurück", "zurückgegangen", "verlor", "verloren", "verliert", "schrumpfte",
            "schrumpften", "geschrumpft", "schrumpft", "einbruch", "eingebrochen", "brach", "nachgegeben",
            "verringerte", "verringert", "reduzierte", "reduziert", "senkte", "gesenkt", "weniger", "niedriger",
            "einbußen", "schwächer", "leichter", "abnahm", "abgenommen", "verschlechterte", "tanked", "crashed", "sagged",
            "retreated", "shed", "brachen", "rutschte", "rutschten", "abgerutscht", "eingebüßt", "büßte", "büßten",
            "sackte", "sackten", "abgesackt");

    /** emphasis between "um"/"by" and the number: "um satte 15 Prozent", "by a whopping 40%" */
    static final Set<String> INTENSIFIERS = Set.of("satte", "satten", "stolze", "stolzen", "kräftige",
            "kräftigen", "deutliche", "deutlichen", "whopping", "hefty", "massive", "solid", "modest", "mere",
            "nur", "only", "just", "weitere", "weiteren", "another", "further", "ganze", "ganzen");

    private ChangeWords() {
    }

    /** +1 / -1 if the word (a compound possibly) names a rise or fall that "von/of/um" completes; else 0. */
    static int changeNoun(String lower) {
        if (FALL_NOUNS.contains(lower)) return -1;
        if (RISE_NOUNS.contains(lower)) return 1;
        for (String e : FALL_NOUN_ENDINGS) if (lower.endsWith(e)) return -1;
        for (String e : RISE_NOUN_ENDINGS) if (lower.endsWith(e)) return 1;
        return 0;
    }

    /** +1 / -1 for a word of rising or falling, else 0. Compounds of the change nouns count too. */
    static int direction(String lower) {
        if (FALL.contains(lower)) return -1;
        if (RISE.contains(lower)) return 1;
        if (lower.length() > 6) return changeNoun(lower);
        return 0;
    }
}
