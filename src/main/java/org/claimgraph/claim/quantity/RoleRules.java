package org.claimgraph.claim.quantity;

import java.util.List;
import java.util.Set;
import org.claimgraph.claim.Unit;
import org.claimgraph.ingest.Language;

/**
 * The role the words around a number give it, and for a change its direction. All cues are local:
 * the two words before the expression, the word after it, and for the direction the nearest word
 * of rising or falling within four tokens before (or, for German verb-final clauses, two after:
 * "ist um 5 Prozent gesunken", "ging um 2 Prozent zurück").
 */
final class RoleRules {

    /** cues of an earlier level: "gegenüber 3,1 Milliarden", "compared with $3.6 billion" */
    private static final PhraseTable<Boolean> PREVIOUS = new PhraseTable<Boolean>()
            .add(Boolean.TRUE, "gegenüber", "verglichen mit", "im vergleich zu", "compared with", "compared to",
                    "versus", "vs", "vs.", "against", "up from", "down from", "from",
                    "up from the", "down from the", "up from an", "down from an",
                    // "(Vorjahr: 4,8 Mrd. Euro)", "(prior year: $3.1 billion)"
                    "Vorjahr:", "Vorjahreszeitraum:", "Vorjahresquartal:", "Vj.:", "VJ:", "prior year:",
                    "year earlier:", "year ago:", "previous year:");

    /** phrases after a number that date it before the reporting period */
    private static final PhraseTable<Boolean> EARLIER = new PhraseTable<Boolean>()
            .add(Boolean.TRUE, "im Vorjahr", "im Vorjahreszeitraum", "im Vorjahresquartal", "ein Jahr zuvor",
                    "ein Jahr davor", "vor einem Jahr", "vor Jahresfrist", "im Vorquartal", "a year earlier", "a year ago",
                    "a year before", "the year before", "in the year-ago period", "in the year-ago quarter",
                    "in the prior year", "in the prior-year period", "in the same period last year", "last year",
                    "in the previous quarter", "the previous year");

    private static final Set<String> AFTER_CHANGE = Set.of("mehr", "weniger", "more", "less", "fewer", "höher",
            "higher", "niedriger", "lower", "zu", "fester", "schwächer", "leichter");

    private static final Set<String> LEVEL = Set.of("auf", "to", "at", "bei");
    private static final Set<String> LOSS = Set.of("lost", "lose", "loses", "verlor", "verloren", "verliert");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    private RoleRules() {
    }

    /** @param afterLevel an earlier mention of the sentence could be the level this one is compared with */
    static void assign(List<Tok> toks, Candidate c, Language lang, boolean afterLevel) {
        if (c.role != null) {
            if (c.role == QuantityRole.CHANGE && !c.explicitSign) c.sign = direction(toks, c);
            return;
        }
        // "as high as $325" is a level; "fell as much as 6%" is still a change
        if (c.kind == QuantityKind.RATIO || c.hedge == Hedge.PEAK && c.unit != Unit.PERCENT) {
            c.role = QuantityRole.VALUE;
            return;
        }
        if (c.explicitSign) {
            c.role = QuantityRole.CHANGE;
            return;
        }
        int p = c.start - 1;
        // an intensifier ("satte", "whopping", "a whopping") does not separate the number from its cue
        while (p >= 1 && (ChangeWords.INTENSIFIERS.contains(toks.get(p).lower()) || toks.get(p).is("a"))
                && p > c.start - 4) {
            p--;
        }
        String w1 = p >= 0 ? toks.get(p).lower() : "";
        String w2 = p >= 1 ? toks.get(p - 1).lower() : "";
        if (w2.equals("-")) w1 = ""; // the end of a compound ("das Start-up 125 Milliarden"), not a word of its own
        if (isPrevious(toks, c, lang, w1, afterLevel)) {
            c.role = QuantityRole.PREVIOUS;
            return;
        }
        if (earlierLoss(toks, p, lang, w1, w2)) {
            c.role = QuantityRole.VALUE; // the loss of the year before, not a fall: read with the loss named earlier
            c.roleDefault = true;
            return;
        }
        int cue = changeCue(w1, w2, lang);
        // "lost $4.65 billion" is a loss, not a change of something; "lost 5%" is a fall
        if (LOSS.contains(w1) && c.unit != Unit.PERCENT) cue = 0;
        if (cue == 0 && c.unit == Unit.PERCENT) cue = 2 * subjectChange(toks, c);
        // "auf/to X" names the level reached, whatever follows ("legte auf 5 Milliarden zu")
        boolean level = LEVEL.contains(w1) || (w1.equals("von") || w1.equals("of")) && LEVEL_NOUN.matcher(w2).matches();
        if (cue == 0 && !level && c.unit == Unit.PERCENT && !c.percentagePoints) cue = 2 * verbEarlierInClause(toks, c);
        // "gab nachbörslich knapp vier Prozent nach": the split verb's particle closes the clause
        if (cue == 0 && !level && c.unit == Unit.PERCENT && !c.percentagePoints) cue = 2 * separableVerb(toks, c);
        if (cue == 0 && !level && c.end + 1 < toks.size() && toks.get(c.end).is("im")) {
            // "schloss 2,1 Prozent im Minus", "lag 3 Prozent im Plus"
            if (toks.get(c.end + 1).is("minus")) cue = -2;
            else if (toks.get(c.end + 1).is("plus")) cue = 2;
        }
        if (cue == 0 && !level && c.end < toks.size()) {
            String after = toks.get(c.end).lower();
            int noun = isTolerance(toks, c.end) ? 0 : ChangeWords.changeNoun(after);
            if (noun != 0) cue = noun * 2;
            else if (AFTER_CHANGE.contains(after) && !after.equals("zu")) cue = ChangeWords.direction(after) * 2;
            else if (after.equals("zu") && (c.end + 1 == toks.size() || !toks.get(c.end + 1).isWord())) cue = 1;
        }
        if (cue == 0 && !level && c.unit == Unit.PERCENT && !c.percentagePoints
                && c.end + 1 < toks.size() && (toks.get(c.end).is("auf") || toks.get(c.end).is("to"))
                && startsNumber(toks.get(c.end + 1))) {
            // "verlor 2,3 Prozent auf 172,50 Euro", "rose 5% to $10": a percent moving to a level
            cue = 1;
        }
        if (cue == 0) {
            c.role = QuantityRole.VALUE;
            c.roleDefault = true;
            return;
        }
        c.role = QuantityRole.CHANGE;
        // a cue of ±2 names the direction itself ("minus", "down", "Rückgang von"); ±1 needs a look around
        c.sign = Math.abs(cue) == 2 ? Integer.signum(cue) : direction(toks, c);
    }

    /** "einen Nettoverlust von 2,9 Milliarden, nach einem Minus von 1,6 Milliarden im Vorjahr". */
    private static boolean earlierLoss(List<Tok> toks, int p, Language lang, String w1, String w2) {
        if (lang != Language.DE || !w1.equals("von") || !w2.equals("minus") || p < 3) return false;
        if (!toks.get(p - 3).is("nach") || !(toks.get(p - 2).is("einem") || toks.get(p - 2).is("dem"))) return false;
        for (int k = 0; k < p - 3; k++) if (toks.get(k).lower().contains("verlust")) return true;
        return false;
    }

    private static boolean isPrevious(List<Tok> toks, Candidate c, Language lang, String w1, boolean afterLevel) {
        if (w1.equals("von") && lang == Language.DE) {
            // "von 475 auf 510": the "auf" may follow after a few words ("von 3 Milliarden im Vorjahr auf 5")
            for (int k = c.end; k < Math.min(toks.size(), c.end + 5); k++) if (toks.get(k).is("auf")) return true;
            return false;
        }
        if (w1.equals("nach")) {
            // "nach 5,1 Milliarden im Vorjahr", "nach 11 % ein Jahr zuvor", "nach 26,3 Milliarden vor einem Jahr"
            for (int k = c.end; k < Math.min(toks.size(), c.end + 4); k++) {
                String w = toks.get(k).lower();
                boolean yearAgo = w.equals("vor") && k + 1 < toks.size()
                        && (toks.get(k + 1).is("einem") || toks.get(k + 1).lower().startsWith("jahresfrist"));
                // "auf 75.000 sinken, nach knapp 99.000 Ende 2025": a level of a named earlier date after the one reached
                boolean datedEarlier = afterLevel && (w.equals("ende") || w.equals("anfang") || w.equals("mitte"))
                        && k + 1 < toks.size() && YEAR.matcher(toks.get(k + 1).text()).matches();
                if (w.startsWith("vorjahr") || w.startsWith("vorquartal") || w.equals("zuvor") || w.equals("davor")
                        || w.equals("vorher") || yearAgo || datedEarlier) {
                    return true;
                }
            }
            return false;
        }
        PhraseTable.Match<Boolean> m = PREVIOUS.before(toks, c.start);
        if (m == null) return false;
        // a bare "from" compares only after a level ("$5bn, up from $3bn"); "data from 5,000 users" is none
        return !(m.end() - m.start() == 1 && w1.equals("from")) || afterLevel;
    }

    /** "auf ein Rekordhoch von 98.500 Won", "a record high of $212": the level reached, whatever verb closes the clause */
    private static final java.util.regex.Pattern LEVEL_NOUN = java.util.regex.Pattern.compile(
        "(?:rekord|allzeit|jahres|mehrjahres)?(?:hoch|tief)|(?:höchst|tiefst|rekord)stand|high|low|peak");

    /** 0: no change cue; ±1: change, direction from the context; ±2: change with this direction */
    private static int changeCue(String w1, String w2, Language lang) {
        switch (w1) {
            case "um", "by" -> {
                return 1;
            }
            case "plus", "up" -> {
                return 2;
            }
            case "minus", "down" -> {
                return -2;
            }
            case "von", "of" -> {
                int n = ChangeWords.changeNoun(w2);
                return n * 2;
            }
            default -> {
                int d = ChangeWords.direction(w1);
                // a verb of movement right before: "rose 22%", "fell 3%"; comparatives come after numbers
                if (d != 0 && !w1.equals("more") && !w1.equals("mehr") && !w1.equals("less")
                        && !w1.equals("weniger") && !w1.equals("fewer") && !w1.equals("higher")
                        && !w1.equals("lower")) {
                    return d * 2;
                }
                return 0;
            }
        }
    }

    /**
     * A plain value dated earlier by what follows ("…, compared with a loss of $192 million a year
     * earlier", "5,1 Mrd. Euro im Vorjahr") is the previous level, provided an earlier mention of the
     * sentence is the current one.
     */
    static void markEarlier(List<Tok> toks, List<Candidate> cands) {
        for (int k = 1; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            if (c.role == QuantityRole.VALUE && c.roleDefault && EARLIER.at(toks, c.end) != null) {
                c.role = QuantityRole.PREVIOUS;
            }
        }
    }

    /**
     * A percentage whose clause is about a change: "Das Umsatzplus lag bei 5 Prozent", "growth in
     * the cloud unit was 27%", "Das Wachstum der Sparte lag mit 14 Prozent über dem Schnitt".
     * Looks back up to eight tokens within the clause for a change noun; its direction is the sign.
     */
    private static int subjectChange(List<Tok> toks, Candidate c) {
        for (int k = c.start - 1; k >= Math.max(0, c.start - 8); k--) {
            Tok t = toks.get(k);
            if (t.isNum() || t.is(",") || t.is(";") || t.is(":") || t.is(".") || t.is("–")) return 0;
            int d = ChangeWords.changeNoun(t.lower());
            if (d != 0) return d;
        }
        return 0;
    }

    private static final Set<String> GIVE = Set.of("gab", "gaben", "gibt", "geben", "gegeben", "nachgegeben");
    private static final Set<String> TAKE = Set.of("nahm", "nahmen", "nimmt", "nehmen", "genommen");

    /**
     * A German separable verb split around the figure: "gab … um 1,2 Prozent auf 215 Euro nach",
     * "nahm um 3 Prozent ab" / "zu". The particle closes the clause, the stem stands before the figure.
     */
    private static int separableVerb(List<Tok> toks, Candidate c) {
        int end = c.end;
        while (end < toks.size() && !toks.get(end).is(",") && !toks.get(end).is(";") && !toks.get(end).is(".")) end++;
        if (end == c.end) return 0;
        String particle = toks.get(end - 1).lower();
        boolean give = false, take = false;
        for (int k = c.start - 1; k >= Math.max(0, c.start - 8); k--) {
            Tok t = toks.get(k);
            if (t.is(",") || t.is(";") || t.is(".")) break;
            give |= GIVE.contains(t.lower());
            take |= TAKE.contains(t.lower());
        }
        if (give && particle.equals("nach")) return -1;
        if (take && particle.equals("ab")) return -1;
        if (take && particle.equals("zu")) return 1;
        return 0;
    }

    private static final Set<String> COMPARATIVES = Set.of("mehr", "weniger", "höher", "niedriger", "more", "less",
            "fewer", "higher", "lower", "up", "down", "plus", "minus", "zurück", "zu");

    /**
     * A verb of rising or falling earlier in the clause makes a bare percentage its change, with
     * the verb's direction: "Die Aktie verlor im nachbörslichen Handel knapp drei Prozent",
     * "shares fell in early trading 4%". Comparatives and particles are left to the other rules.
     */
    private static int verbEarlierInClause(List<Tok> toks, Candidate c) {
        for (int k = c.start - 1; k >= Math.max(0, c.start - 7); k--) {
            Tok t = toks.get(k);
            if (t.isNum() || t.is(",") || t.is(";") || t.is(":") || t.is(".") || t.is("–") || t.is("-")) return 0;
            String w = t.lower();
            if (COMPARATIVES.contains(w)) return 0;
            if (ChangeWords.FALL.contains(w)) return -1;
            if (ChangeWords.RISE.contains(w)) return 1;
        }
        return 0;
    }

    /** "54 Milliarden Dollar plus/minus zwei Prozent", "plus oder minus": a forecast's margin, not a rise. */
    private static boolean isTolerance(List<Tok> toks, int k) {
        if (k + 2 >= toks.size() || !toks.get(k).is("plus")) return false;
        Tok link = toks.get(k + 1);
        return (link.is("/") || link.is("oder") || link.is("or")) && toks.get(k + 2).is("minus");
    }

    private static boolean startsNumber(Tok t) {
        return t.isNum() || t.is("$") || t.is("€") || t.is("rund") || t.is("about") || t.is("knapp");
    }

    /**
     * the nearest rise or fall word: up to six tokens back (a hyphenated compound takes three; a
     * year of a period phrase in between, "sank im ersten Quartal 2025 um 9 Prozent", is skipped and
     * widens the look by two), then two forward; rising if none
     */
    static int direction(List<Tok> toks, Candidate c) {
        int separable = separableVerb(toks, c);
        if (separable != 0) return separable;
        int stop = Math.max(0, c.start - 6);
        for (int k = c.start - 1; k >= stop; k--) {
            Tok t = toks.get(k);
            if (t.isNum() && YEAR.matcher(t.text()).matches()) {
                stop = Math.max(0, stop - 2);
                continue;
            }
            if (t.isNum() || t.is(";") || t.is(":") || t.is(",")) break;
            int d = ChangeWords.direction(t.lower());
            if (d != 0) return d;
        }
        for (int k = c.end; k < Math.min(toks.size(), c.end + 2); k++) {
            Tok t = toks.get(k);
            if (!t.isWord()) break;
            int d = ChangeWords.direction(t.lower());
            if (d != 0) return d;
            // separable verbs end the clause: "gab um 8 Prozent nach", "nahm um 3 Prozent ab"
            boolean clauseEnd = k + 1 == toks.size() || !toks.get(k + 1).isWord();
            if (clauseEnd && (t.is("nach") || t.is("ab"))) return -1;
        }
        return 1;
    }
}
