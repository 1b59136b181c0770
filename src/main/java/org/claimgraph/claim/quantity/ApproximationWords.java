package org.claimgraph.claim.quantity;

import java.util.List;
import org.claimgraph.ingest.Language;

/**
 * Approximation words before a number, per language, because several are ordinary words in the
 * other language ("fast", "gut", "over", "some"). "gut" is AT_LEAST ("gut sieben Prozent" is a
 * little more than seven); "as high as/as much as" mark a peak: AT_MOST with the value as upper bound.
 */
final class ApproximationWords {

    private static final PhraseTable<Hedge> DE = new PhraseTable<Hedge>()
            .add(Hedge.NEARLY, "knapp", "fast", "beinahe", "nahezu", "weniger als", "knapp unter", "unter",
                    "nicht ganz", "kaum mehr als")
            .add(Hedge.ABOUT, "rund", "etwa", "in etwa", "ungefähr", "circa", "ca.", "ca", "zirka", "annähernd",
                    "schätzungsweise", "geschätzt", "geschätzte", "geschätzten", "an die")
            .add(Hedge.OVER, "gut", "gute", "guten", "mehr als", "über", "mindestens", "weit über", "weit mehr als",
                    "deutlich mehr als", "deutlich über", "knapp über", "knapp mehr als", "gut über", "wenigstens")
            .add(Hedge.UP_TO, "bis zu", "höchstens", "maximal", "bis maximal");

    private static final PhraseTable<Hedge> EN = new PhraseTable<Hedge>()
            .add(Hedge.NEARLY, "nearly", "almost", "just under", "close to", "less than", "fewer than",
                    "just shy of", "shy of", "under", "nearing", "nears", "approaching")
            .add(Hedge.PEAK, "as high as", "as much as", "as many as")
            .add(Hedge.ABOUT, "about", "around", "roughly", "approximately", "approx.", "some", "an estimated",
                    "estimated", "circa", "an approximate")
            .add(Hedge.OVER, "more than", "over", "at least", "upwards of", "north of", "just over", "well over",
                    "well above", "above", "in excess of", "a minimum of", "just above", "tops", "topped", "topping",
                    "surpassed", "surpasses", "surpassing", "surpass", "exceeded", "exceeds", "exceeding", "exceed")
            .add(Hedge.UP_TO, "up to", "at most", "a maximum of", "no more than");

    private ApproximationWords() {
    }

    /**
     * Drops readings of ambiguous one-word hedges that the context rules out: "unter/under" without
     * a unit is "among" ("eine Umfrage unter 1.002 Personen"); "über" right after a noun means
     * "worth" ("ein Rückkaufprogramm über 70 Milliarden Dollar", "ein Auftrag über 5 Millionen").
     */
    static PhraseTable.Match<Hedge> accept(PhraseTable.Match<Hedge> h, List<Tok> toks, Candidate c) {
        if (h == null || h.end() - h.start() != 1) return h;
        Tok w = toks.get(h.start());
        if ((w.is("unter") || w.is("under")) && !c.hasUnit()) return null;
        if (w.is("über") && h.start() > 0) {
            Tok p = toks.get(h.start() - 1);
            if (p.isCapitalised() && !FunctionWords.isFunctionWord(p.lower())) return null;
        }
        return h;
    }

    /** The approximation phrase ending just before token {@code start}, or null. */
    static PhraseTable.Match<Hedge> before(List<Tok> toks, int start, Language lang) {
        return (lang == Language.DE ? DE : EN).before(toks, start);
    }
}
