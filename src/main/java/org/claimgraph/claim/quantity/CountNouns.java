package org.claimgraph.claim.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.Language;

/**
 * The noun after a number that says what is counted ("160.000 GPUs", "200 Millionen aktiven
 * monatlichen Nutzer:innen", "2 million paying subscribers"). A grammatical rule, not a word list:
 * up to three modifiers are skipped, then German takes the next capitalised word, English the
 * next plural-looking word (ending in "s") or one of the few irregular plurals below. Money and
 * percentages have no count noun. The result is lower-cased with gender forms folded
 * ("Nutzer:innen", "Nutzer*innen", "NutzerInnen", "Nutzerinnen", "Nutzern" → "nutzer").
 */
final class CountNouns {

    /** English plurals without -s that news counts */
    private static final Set<String> IRREGULAR = Set.of("people", "staff", "personnel", "children", "men",
            "women", "workforce", "headcount", "data");

    /** English adjectives that do not look like adjectives by their ending */
    private static final Set<String> EN_MODIFIERS = Set.of("new", "more", "other", "active", "daily", "monthly",
            "weekly", "paying", "paid", "full", "time", "extra", "unique", "total", "net", "existing", "small",
            "large", "big", "young", "old", "former", "current", "premium", "free", "online", "own");

    /** capitalised words after a number that are not what is counted */
    private static final Set<String> NOT_COUNTED = Set.of("prozent", "dollar", "euro", "uhr", "mal", "cent",
            "punkte", "prozentpunkte", "bilder", "fotos", "punkt", "jahre", "jahren", "monate", "monaten",
            "tage", "tagen", "wochen", "stunden", "minuten", "sekunden", "quartal", "quartale", "times",
            "percent", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "quarters", "points",
            "drittel", "viertel", "fünftel", "zehntel", "hälfte", "thirds", "fifths", "tenths", "halves");

    private CountNouns() {
    }

    /** @return the count noun starting at token {@code j}, or null */
    static String after(List<Tok> toks, int j, Language lang) {
        if (j < toks.size() && (toks.get(j).is("of") || toks.get(j).is("von"))) j++;
        for (int skipped = 0; j < toks.size() && skipped <= 3; skipped++) {
            Tok t = toks.get(j);
            if (!t.isWord() || FunctionWords.isFunctionWord(t.lower())) return null;
            // a model name between number and noun: "16.000 H100 GPUs"
            if (j + 1 < toks.size() && toks.get(j + 1).isNum() && !toks.get(j + 1).spaceBefore()) {
                j += 2;
                while (j < toks.size() && !toks.get(j).spaceBefore()) j++;
                continue;
            }
            int end = compoundEnd(toks, j);
            String word = joined(toks, j, end);
            if (lang == Language.DE ? t.isCapitalised() : isEnglishNoun(t, word)) {
                String lemma = lemma(word, lang);
                return NOT_COUNTED.contains(lemma) ? null : lemma;
            }
            if (!(lang == Language.DE ? isGermanModifier(t) : isEnglishModifier(t, word))) return null;
            j = end;
        }
        return null;
    }

    /** "Meta-Brillen", "full-time": words joined by glued hyphens are one */
    private static int compoundEnd(List<Tok> toks, int j) {
        int e = j + 1;
        while (e + 1 < toks.size() && toks.get(e).is("-") && !toks.get(e).spaceBefore()
                && !toks.get(e + 1).spaceBefore() && toks.get(e + 1).isWord()) {
            e += 2;
        }
        return e;
    }

    private static String joined(List<Tok> toks, int from, int to) {
        if (to == from + 1) return toks.get(from).text();
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append(toks.get(k).text());
        return sb.toString();
    }

    private static boolean isGermanModifier(Tok t) {
        String w = t.lower();
        return !t.isCapitalised() && w.length() > 3 && (w.endsWith("e") || w.endsWith("en") || w.endsWith("er")
                || w.endsWith("es") || w.endsWith("em") || w.endsWith("lich") || w.endsWith("ig"));
    }

    private static boolean isEnglishModifier(Tok t, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return EN_MODIFIERS.contains(w) || w.indexOf('-') > 0 || w.length() > 4 && (w.endsWith("ly")
                || w.endsWith("ive") || w.endsWith("al") || w.endsWith("ed") || w.endsWith("ing")
                || w.endsWith("ful") || w.endsWith("ous") || w.endsWith("ic") || w.endsWith("ble"));
    }

    private static boolean isEnglishNoun(Tok t, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR.contains(w)) return true;
        return w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.endsWith("'s");
    }

    static String lemma(String word, Language lang) {
        String w = word;
        for (String g : new String[] {":innen", "*innen", "_innen", "/innen", "Innen"}) {
            if (w.endsWith(g) && w.length() > g.length()) {
                w = w.substring(0, w.length() - g.length());
                break;
            }
        }
        String l = w.toLowerCase(Locale.ROOT);
        if (lang == Language.DE) {
            if (l.endsWith("erinnen") && l.length() > 8) l = l.substring(0, l.length() - 5);
            else if (l.endsWith("ern") && l.length() > 5) l = l.substring(0, l.length() - 1);
        }
        return l;
    }
}
