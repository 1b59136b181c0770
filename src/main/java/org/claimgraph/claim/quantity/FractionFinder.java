package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.claimgraph.claim.Unit;
import org.claimgraph.ingest.Language;

/**
 * Fractions and multiplying verbs that state a relative change: "um ein Viertel", "um die Hälfte",
 * "by a third", "by two thirds", "by half"; "verdoppelt"/"doubled" (+100 %), "halbiert"/"halved"
 * (−50 %). A fraction is only a quantity after "um"/"by" or a verb of change ("lost about a fifth
 * of its value", "gut ein Fünftel zugelegt"; an approximation word may sit between), since "die
 * Hälfte der Nutzer" is a share, not a number the claim model records.
 */
final class FractionFinder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final Map<String, BigDecimal> VERBS = Map.ofEntries(
            Map.entry("verdoppelt", bd(100)), Map.entry("verdoppelte", bd(100)), Map.entry("verdoppelten", bd(100)),
            Map.entry("verdreifacht", bd(200)), Map.entry("verdreifachte", bd(200)),
            Map.entry("vervierfacht", bd(300)), Map.entry("vervierfachte", bd(300)),
            Map.entry("halbiert", bd(-50)), Map.entry("halbierte", bd(-50)), Map.entry("halbierten", bd(-50)),
            Map.entry("doubled", bd(100)), Map.entry("tripled", bd(200)), Map.entry("trebled", bd(200)),
            Map.entry("quadrupled", bd(300)), Map.entry("halved", bd(-50)),
            Map.entry("double", bd(100)), Map.entry("triple", bd(200)),
            Map.entry("verdopplung", bd(100)), Map.entry("verdoppelung", bd(100)),
            Map.entry("verdreifachung", bd(200)), Map.entry("halbierung", bd(-50)));

    private FractionFinder() {
    }

    /** "double"/"triple" are also adjectives ("double digits"); as verbs they follow "to", a modal or a hedge */
    private static boolean isBareForm(String w) {
        return w.equals("double") || w.equals("triple");
    }

    private static boolean afterModal(List<Tok> toks, int i, Language lang) {
        PhraseTable.Match<Hedge> h = ApproximationWords.before(toks, i, lang);
        if (h != null) return true;
        if (i == 0) return false;
        String p = toks.get(i - 1).lower();
        return p.equals("to") || p.equals("will") || p.equals("would") || p.equals("could") || p.equals("may")
                || p.equals("might") || p.equals("should") || p.equals("can");
    }

    private static final java.util.Set<String> PARTICIPLES_AFTER = java.util.Set.of("zugelegt", "verloren", "eingebüßt",
            "gewonnen", "nachgegeben", "gestiegen", "gesunken", "gefallen", "gewachsen", "geschrumpft");

    /** "ein Fünftel zugelegt", "ein Viertel an Wert verloren" */
    private static boolean changeAfter(List<Tok> toks, int to) {
        for (int k = to; k < Math.min(toks.size(), to + 3); k++) {
            if (PARTICIPLES_AFTER.contains(toks.get(k).lower())) return true;
            if (!toks.get(k).is("an") && !toks.get(k).is("wert") && !toks.get(k).is("seines") && !toks.get(k).is("ihres")) return false;
        }
        return false;
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    static Candidate at(List<Tok> toks, int i, Language lang) {
        Tok t = toks.get(i);
        if (!t.isWord()) return null;
        BigDecimal verb = VERBS.get(t.lower());
        // "double-digit" is no verb; "double the revenue" was taken by the ratio rules before
        boolean compound = i + 1 < toks.size() && toks.get(i + 1).is("-") && !toks.get(i + 1).spaceBefore();
        if (verb != null && !compound && (!isBareForm(t.lower()) || afterModal(toks, i, lang))) {
            Candidate c = candidate(toks, i, i + 1, verb, lang, false);
            if (c.hedge == null) hedgeAfterVerb(toks, i + 1, c);
            return c;
        }
        BigDecimal numerator;
        int noun;
        if (NumberWords.fraction(t.lower()) != null && (t.is("half") || t.is("hälfte"))) {
            numerator = BigDecimal.ONE;
            noun = i;
        } else {
            int n = i + 1;
            // "two-thirds", "one-quarter"
            if (n + 1 < toks.size() && toks.get(n).is("-") && !toks.get(n).spaceBefore() && !toks.get(n + 1).spaceBefore()) {
                n++;
            }
            if (n >= toks.size() || NumberWords.fraction(toks.get(n).lower()) == null) return null;
            String w = t.lower();
            numerator = NumberWords.isArticleOne(w) || w.equals("die") || w.equals("the")
                    ? BigDecimal.ONE : NumberWords.cardinal(w, lang);
            if (numerator == null) return null;
            noun = n;
        }
        BigDecimal share = NumberWords.fraction(toks.get(noun).lower());
        BigDecimal percent = numerator.multiply(share).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        return candidate(toks, i, noun + 1, percent, lang, true);
    }

    /** "verdoppelte sich nahezu", "doubled almost": a hedge after the verb (and German "sich") qualifies it. */
    private static void hedgeAfterVerb(List<Tok> toks, int j, Candidate c) {
        if (j < toks.size() && toks.get(j).is("sich")) j++;
        if (j >= toks.size()) return;
        String w = toks.get(j).lower();
        boolean followedByNumber = j + 1 < toks.size() && toks.get(j + 1).isNum();
        if (followedByNumber) return; // "verdoppelte sich auf knapp 5 Mrd.": the hedge is the level's
        if (w.equals("nahezu") || w.equals("fast") || w.equals("beinahe") || w.equals("almost") || w.equals("nearly")) {
            c.hedge = Hedge.NEARLY;
        } else if (w.equals("annähernd") || w.equals("ungefähr") || w.equals("etwa") || w.equals("roughly")) {
            c.hedge = Hedge.ABOUT;
        }
    }

    private static Candidate candidate(List<Tok> toks, int from, int to, BigDecimal percent, Language lang,
                                       boolean needsPreposition) {
        PhraseTable.Match<Hedge> h = ApproximationWords.before(toks, from, lang);
        int start = h == null ? from : h.start();
        if (needsPreposition) {
            if (start == 0) return null;
            String p = toks.get(start - 1).lower();
            boolean verbBefore = ChangeWords.direction(p) != 0 && !p.equals("more") && !p.equals("mehr");
            if (!p.equals("um") && !p.equals("by") && !verbBefore && !changeAfter(toks, to)) return null;
        }
        Candidate c = new Candidate();
        c.kind = QuantityKind.FRACTION;
        c.role = QuantityRole.CHANGE;
        c.unit = Unit.PERCENT;
        c.core = from;
        c.numStart = from;
        c.numEnd = to;
        c.start = start;
        c.end = to;
        c.hedge = h == null ? null : h.value();
        c.value = percent.abs();
        c.sign = percent.signum() < 0 ? -1 : 1;
        c.explicitSign = !needsPreposition;
        c.spelled = true;
        return c;
    }
}
