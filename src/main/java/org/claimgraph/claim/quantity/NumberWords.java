package org.claimgraph.claim.quantity;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ingest.Language;

/**
 * Spelled-out numbers. The cardinals 2–999 come from ICU's SPELLOUT rules, formatted once when
 * the class loads ("siebenundzwanzig", "twenty-seven") and looked up in a map: parsing with RBNF
 * at run time would be slow and is not thread-safe. A small table adds what ICU does not spell
 * the way news text does ("zwölf" is there, but "hundert" without "ein", plural vague counts, fractions).
 * "ein/eine/one/a" are only numbers before a scale word, see {@link #isArticleOne}.
 */
final class NumberWords {

    private static final Map<String, BigDecimal> DE = spellout(Locale.GERMAN);
    private static final Map<String, BigDecimal> EN = spellout(Locale.ENGLISH);

    private static final Set<String> ONE = Set.of("ein", "eine", "einen", "einem", "einer", "eins",
            "one", "a", "an");

    /** vague plurals: "Tausende", "hundreds (of)": the smallest number they can mean */
    private static final Map<String, BigDecimal> VAGUE = Map.ofEntries(
            Map.entry("dutzende", bd("24")), Map.entry("dutzenden", bd("24")),
            Map.entry("hunderte", bd("200")), Map.entry("hunderten", bd("200")),
            Map.entry("tausende", bd("2000")), Map.entry("tausenden", bd("2000")),
            Map.entry("zehntausende", bd("20000")), Map.entry("zehntausenden", bd("20000")),
            Map.entry("hunderttausende", bd("200000")), Map.entry("hunderttausenden", bd("200000")),
            Map.entry("dozens", bd("24")), Map.entry("hundreds", bd("200")),
            Map.entry("thousands", bd("2000")), Map.entry("tens", bd("20")));

    /** fraction nouns, as a share of one */
    private static final Map<String, BigDecimal> FRACTION = Map.ofEntries(
            Map.entry("hälfte", bd("0.5")), Map.entry("half", bd("0.5")),
            Map.entry("drittel", third(1)), Map.entry("third", third(1)), Map.entry("thirds", third(1)),
            Map.entry("viertel", bd("0.25")), Map.entry("quarter", bd("0.25")), Map.entry("quarters", bd("0.25")),
            Map.entry("fünftel", bd("0.2")), Map.entry("fifth", bd("0.2")), Map.entry("fifths", bd("0.2")),
            Map.entry("zehntel", bd("0.1")), Map.entry("tenth", bd("0.1")), Map.entry("tenths", bd("0.1")));

    private NumberWords() {
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal third(int n) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(3), 6, RoundingMode.HALF_UP);
    }

    private static Map<String, BigDecimal> spellout(Locale locale) {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        Map<String, BigDecimal> m = new HashMap<>();
        for (int n = 2; n < 1000; n++) {
            String w = f.format(n).replace("\u00AD", "").toLowerCase(Locale.ROOT);
            m.put(w, BigDecimal.valueOf(n));
        }
        boolean de = locale.getLanguage().equals("de");
        // forms ICU does not produce: bare "hundert", the spelling with "ss", "a hundred" as one
        if (de) {
            m.put("hundert", BigDecimal.valueOf(100));
            m.put("tausend", BigDecimal.valueOf(1000));
            m.put("dreissig", BigDecimal.valueOf(30));
            m.put("zwo", BigDecimal.valueOf(2));
            m.put("eineinhalb", new BigDecimal("1.5"));
            m.put("anderthalb", new BigDecimal("1.5"));
            m.put("zweieinhalb", new BigDecimal("2.5"));
            m.put("dreieinhalb", new BigDecimal("3.5"));
            m.put("viereinhalb", new BigDecimal("4.5"));
        }
        return Map.copyOf(m);
    }

    /** A cardinal of two or more, e.g. "sieben", "twenty-five"; null if the word is none. */
    static BigDecimal cardinal(String lower, Language lang) {
        // no fallback to the other language: English "elf" is no eleven
        return (lang == Language.DE ? DE : EN).get(lower);
    }

    /** "eine halbe Million", "half a billion": a half, only before a scale word */
    static boolean isHalf(String lower) {
        return lower.equals("halbe") || lower.equals("halben") || lower.equals("half");
    }

    static boolean isArticleOne(String lower) {
        return ONE.contains(lower);
    }

    static BigDecimal vague(String lower) {
        return VAGUE.get(lower);
    }

    static BigDecimal fraction(String lower) {
        return FRACTION.get(lower);
    }

    /** every word this class knows, for the finder's cheap test whether a word can start a quantity */
    static Set<String> words() {
        Set<String> all = new java.util.HashSet<>();
        all.addAll(DE.keySet());
        all.addAll(EN.keySet());
        all.addAll(ONE);
        all.addAll(VAGUE.keySet());
        all.addAll(FRACTION.keySet());
        return all;
    }
}
