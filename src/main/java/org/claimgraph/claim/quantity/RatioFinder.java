package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.Language;

/**
 * Multipliers of a comparison: "zehnmal mehr", "doppelt so hoch", "halb so viele", "dreifach",
 * "twice as many", "three times as much", "3x", "10-fold", "ein Drittel so viele". A multiplier
 * needs a comparison after it ("so", "as", "mehr", a comparative), because "dreimal im Jahr" and
 * "three times a year" are frequencies.
 */
final class RatioFinder {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal THIRD = BigDecimal.ONE.divide(BigDecimal.valueOf(3), 6, RoundingMode.HALF_UP);

    /** words that complete a multiplier; comparatives ("höher", "larger") are recognised by ending */
    private static final Set<String> COMPARISON = Set.of("so", "as", "mehr", "more", "soviel", "the", "that",
            "its", "their", "weniger", "less", "fewer", "wie", "than", "increase", "jump", "rise", "growth");
    /** the adjective after "so"/"as" joins the surface: "doppelt so hoch", "twice as many" */
    private static final Set<String> ADJ = Set.of("viel", "viele", "hoch", "hohe", "hohen", "hohes", "hoher",
            "groß", "gross", "große", "großen", "teuer", "schnell", "stark", "lang", "wertvoll", "profitabel",
            "effizient", "wahrscheinlich", "schwer", "breit", "klein", "niedrig", "gering", "wenige", "weit",
            "much", "many", "high", "large", "big", "fast", "expensive", "strong", "long", "valuable",
            "profitable", "efficient", "likely", "heavy", "wide", "small", "low", "few");

    /** words that start a multiplier without a number before them */
    static final Set<String> WORDS = Set.of("twice", "doppelt", "double", "doppelte", "triple", "dreifach",
            "dreifache", "halb", "half");

    private RatioFinder() {
    }

    static Candidate at(List<Tok> toks, int i, Language lang) {
        Tok t = toks.get(i);
        if (t.isNum() && !t.spaceBefore() && i > 0 && toks.get(i - 1).isWord()) return null; // "MI300X"
        int[] end = new int[1];
        BigDecimal v = multiplier(toks, i, lang, end);
        if (v == null) return null;
        int j = end[0];
        boolean glued = t.isNum() && end[0] == i + 2 && toks.get(i + 1).is("x");
        if (j < toks.size() && COMPARISON.contains(toks.get(j).lower()) || j < toks.size() && isComparative(toks.get(j))) {
            Tok n = toks.get(j);
            if (n.is("so") || n.is("as")) {
                // "doppelt so hoch", "twice as many"; but "double so far" compares nothing
                if (j + 1 >= toks.size() || !ADJ.contains(toks.get(j + 1).lower())) return null;
                j += 2;
            } else if (!n.is("the") && !n.is("that") && !n.is("its") && !n.is("their") && !n.is("than")) {
                j++;
            }
        } else if (!glued && !fold(toks, i, end[0])) {
            return null;
        }
        Candidate c = new Candidate();
        c.kind = QuantityKind.RATIO;
        c.core = i;
        c.numStart = i;
        c.numEnd = j;
        c.end = j;
        c.value = v;
        PhraseTable.Match<Hedge> h = ApproximationWords.before(toks, i, lang);
        c.start = h == null ? i : h.start();
        c.hedge = h == null ? null : h.value();
        return c;
    }

    private static boolean isComparative(Tok t) {
        String w = t.lower();
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && w.length() > 4 && (w.endsWith("er") && !w.equals("other") && !w.equals("after"));
    }

    private static boolean fold(List<Tok> toks, int i, int end) {
        String last = toks.get(end - 1).lower();
        return last.endsWith("fold") || last.endsWith("fach") || last.endsWith("fache") || last.endsWith("fachen");
    }

    /** the multiplier starting at token i, with its end in {@code end[0]} */
    private static BigDecimal multiplier(List<Tok> toks, int i, Language lang, int[] end) {
        Tok t = toks.get(i);
        String w = t.lower();
        end[0] = i + 1;
        if (w.equals("twice") || w.equals("doppelt") || w.equals("double") || w.equals("doppelte")) return BigDecimal.valueOf(2);
        if (w.equals("triple") || w.equals("dreifach") || w.equals("dreifache")) return BigDecimal.valueOf(3);
        if ((w.equals("halb") || w.equals("half")) && next(toks, i, "so", "as")) return HALF;
        if (t.isWord()) {
            BigDecimal glued = gluedMultiplier(w, lang);
            if (glued != null) return glued;
        }
        BigDecimal n = number(toks, i, lang);
        if (n == null) return null;
        int j = i + 1;
        if (j < toks.size() && toks.get(j).is("-") && !toks.get(j).spaceBefore()) j++;
        if (j >= toks.size()) return null;
        Tok m = toks.get(j);
        boolean ok = m.is("mal") || m.is("times") || m.is("fold") || m.is("fach") || m.is("fache")
                || m.is("x") && !m.spaceBefore() && t.isNum()
                || (m.is("drittel") || m.is("third")) && next(toks, j, "so", "as");
        if (!ok) return null;
        end[0] = j + 1;
        if (m.is("drittel") || m.is("third")) return THIRD;
        return n;
    }

    private static BigDecimal number(List<Tok> toks, int i, Language lang) {
        Tok t = toks.get(i);
        if (t.isNum()) return NumberSyntax.parse(t.text(), lang);
        if (NumberWords.isArticleOne(t.lower())) return BigDecimal.ONE;
        return NumberWords.cardinal(t.lower(), lang);
    }

    /** "zehnmal", "dreifach", "zehnfache", "tenfold": a cardinal glued to -mal, -fach or -fold */
    private static BigDecimal gluedMultiplier(String w, Language lang) {
        for (String suffix : new String[] {"mal", "fachen", "fache", "fach"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                return NumberWords.cardinal(w.substring(0, w.length() - suffix.length()), Language.DE);
            }
        }
        if (w.endsWith("fold") && w.length() > 4) return NumberWords.cardinal(w.substring(0, w.length() - 4), Language.EN);
        return null;
    }

    private static boolean next(List<Tok> toks, int i, String a, String b) {
        return i + 1 < toks.size() && (toks.get(i + 1).is(a) || toks.get(i + 1).is(b));
    }
}
