package org.claimgraph.claim.quantity;

import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.Language;

/**
 * Numbers that are not quantities. Each rule looks only at the tokens next to the number, so a
 * rule can be read (and tested) on its own. Rules apply to digit numbers; spelled numbers already
 * need an anchor to count (see {@link Candidate#anchored()}).
 */
final class Exclusions {

    /** words before a number that make it a rank, label or position, not an amount */
    private static final Set<String> LABELS = Set.of("nr", "no", "nummer", "number", "platz", "rang", "rank",
            "seite", "page", "top", "kapitel", "chapter", "artikel", "article", "paragraph", "abs", "folge",
            "episode", "staffel", "season", "version", "level", "stufe", "kategorie", "tier", "gen",
            "generation", "gruppe", "group", "phase", "runde", "round", "teil", "part", "punkt", "item",
            "abschnitt", "section", "fig", "abb", "tabelle", "table", "q", "h", "fy", "cy", "kw", "heft",
            "ausgabe", "issue", "vol", "band", "modell", "model", "serie", "series");

    private Exclusions() {
    }

    static boolean excluded(List<Tok> toks, Candidate c) {
        Tok t = toks.get(c.core);
        if (!t.isNum()) return false;
        return gluedToName(toks, c.core) || gluedSuffix(toks, c) || DateTimeRules.dateOrTime(toks, c.core)
                || yearLike(t, c) || label(toks, c) || DateTimeRules.furniture(toks, c.core) || ordinal(toks, c.core)
                || leadingZero(t) || phoneLike(toks, c.core) || nameBefore(toks, c) || oneInFive(toks, c)
                || ageApposition(toks, c) || duration(toks, c) || ageComparison(toks, c);
    }

    private static final Set<String> AGE_WORDS = Set.of("younger", "older", "jünger", "älter", "aged", "age", "alter");

    /** "younger than 35", "jünger als 35", "aged 18 to 24", "im Alter von 30": an age */
    private static boolean ageComparison(List<Tok> toks, Candidate c) {
        int k = c.start - 1;
        if (k >= 0 && (toks.get(k).is("than") || toks.get(k).is("als") || toks.get(k).is("von"))) k--;
        if (k >= 0 && toks.get(k).is("im") ) k--;
        return k >= 0 && AGE_WORDS.contains(toks.get(k).lower());
    }

    private static final Set<String> TIME_UNITS = Set.of("jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten",
            "woche", "wochen", "tag", "tage", "tagen", "stunde", "stunden", "minute", "minuten", "sekunden",
            "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minutes", "seconds");

    /** "jünger als 35 Jahre", "binnen drei Monaten", "for 20 years": an age or a duration, not an amount */
    private static boolean duration(List<Tok> toks, Candidate c) {
        if (c.unit != null || c.numEnd >= toks.size()) return false;
        Tok next = toks.get(c.numEnd);
        return next.isWord() && TIME_UNITS.contains(next.lower());
    }

    /** "H100", "Q2", "FY2024", "GPT-4", "Covid-19": letters glued before the digits */
    private static boolean gluedToName(List<Tok> toks, int i) {
        if (toks.get(i).spaceBefore() || i == 0) return false;
        Tok p = toks.get(i - 1);
        if (p.isWord() || p.isNum()) return true;
        if (i < 2 || p.spaceBefore()) return false;
        Tok pp = toks.get(i - 2);
        if (p.is(":") || p.is("/") || p.is("_")) return pp.isNum() || pp.isWord();
        if (!p.is("-")) return false;
        if (pp.isWord()) return !isCurrencyWord(pp);
        // "37-40" is a range, but "2023-24" and "2024-02-21" continue a year
        return pp.isNum() && (pp.text().length() == 4 || i >= 3 && toks.get(i - 3).is("-"));
    }

    private static boolean isCurrencyWord(Tok t) {
        return t.is("us") || t.is("usd") || t.is("eur");
    }

    /** "4Q", "3rd", "5G", "MI300X", "2020s": letters glued after that were not read as scale or unit */
    private static boolean gluedSuffix(List<Tok> toks, Candidate c) {
        int j = c.core + 1;
        if (j >= toks.size() || toks.get(j).spaceBefore()) return false;
        Tok n = toks.get(j);
        if (n.isWord() && c.numEnd == j) return true;
        // "3-Nanometer-Verfahren", "10-year", "a 5-day week": a number glued into a compound word
        if (n.is("-") && c.numEnd == j && j + 1 < toks.size() && toks.get(j + 1).isWord()
                && !toks.get(j + 1).spaceBefore()) {
            return true;
        }
        // "24/7", "2023/24", "10:30", "2024-02-21" (not a range "37-40": that has no third part)
        if ((n.is("/") || n.is(":")) && j + 1 < toks.size() && toks.get(j + 1).isNum() && !toks.get(j + 1).spaceBefore()) {
            return true;
        }
        return n.is("-") && j + 3 < toks.size() && toks.get(j + 1).isNum() && toks.get(j + 2).is("-")
                && toks.get(j + 3).isNum() && !toks.get(j + 2).spaceBefore();
    }

    /** a four-digit year (1900–2100) is a year unless a scale, unit, currency or approximation says otherwise */
    private static boolean yearLike(Tok t, Candidate c) {
        String s = t.text();
        if (s.length() != 4 || !(s.startsWith("19") || s.startsWith("20") || s.equals("2100"))) return false;
        return !c.scaled && !c.hasUnit() && c.hedge == null;
    }

    /** "Nr. 1", "Platz 3", "Seite 2", "Top 10" */
    private static boolean label(List<Tok> toks, Candidate c) {
        int k = c.numStart - 1;
        if (k >= 0 && toks.get(k).is(".")) k--;
        if (k >= 0 && toks.get(k).is("#")) return true;
        return k >= 0 && toks.get(k).isWord() && LABELS.contains(toks.get(k).lower()) && !c.hasUnit();
    }

    /** "3. Platz", "2. Quartal", and "3." opening a list item */
    private static boolean ordinal(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (t.text().length() > 3 || !isPlainInt(t.text())) return false;
        if (i + 1 >= toks.size() || !toks.get(i + 1).is(".") || toks.get(i + 1).spaceBefore()) return false;
        return i == 0 || i + 2 < toks.size() && toks.get(i + 2).isWord();
    }

    static boolean isPlainInt(String s) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        return true;
    }

    /** "030 1234567": a whole number with a leading zero is an identifier */
    private static boolean leadingZero(Tok t) {
        return t.text().length() > 1 && t.text().charAt(0) == '0' && isPlainInt(t.text());
    }

    /** "+49 30 1234567", "0800 123 456", "030 1234567": three whole numbers in a row, a trunk prefix, or "+" */
    private static boolean phoneLike(List<Tok> toks, int i) {
        if (!isPlainInt(toks.get(i).text())) return false;
        int first = i;
        while (first - 1 >= 0 && toks.get(first - 1).isNum() && isPlainInt(toks.get(first - 1).text())) first--;
        int last = i;
        while (last + 1 < toks.size() && toks.get(last + 1).isNum() && isPlainInt(toks.get(last + 1).text())) last++;
        int nums = last - first + 1;
        if (nums >= 3 || nums == 2 && leadingZero(toks.get(first))) return true;
        return nums == 2 && first > 0 && toks.get(first - 1).is("+") && !toks.get(first).spaceBefore();
    }

    /**
     * "Llama 3", "iPhone 15", "Windows 11", "Gemini 1.5": a number right after a capitalised name
     * is part of the name unless a scale, unit or currency makes it an amount ("im Quartal 39
     * Milliarden Dollar"), a count noun follows ("Insgesamt 500 Mitarbeiter") or the number is too
     * long for a version ("im Quartal 435.059"). Mixed-case names ("iPhone", "GPT") always win.
     */
    private static boolean nameBefore(List<Tok> toks, Candidate c) {
        int k = c.numStart - 1;
        if (k < 0 || c.hedge != null || c.scaled || c.hasUnit()) return false;
        Tok p = toks.get(k);
        if (!p.isWord()) return false;
        boolean mixed = p.hasInnerCaps();
        if (!p.isCapitalised() && !mixed) return false;
        if (FunctionWords.isFunctionWord(p.lower())) return false;
        // "iPhone 15" is a name; an acronym ("peilt SAP 10,3 bis 10,6 Milliarden an") is checked like any name
        boolean acronym = p.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (mixed && !acronym) return true;
        // "der Gewinn 300–350 Mio. $": the range partner says it is an amount
        if (rangeFollows(toks, c)) return false;
        // versions are small: "3", "15", "1.5"; "im Quartal 435.059 Fahrzeuge" is a count
        return versionLike(toks.get(c.core).text()) && c.countNoun == null;
    }

    private static boolean rangeFollows(List<Tok> toks, Candidate c) {
        int j = c.numEnd;
        return j + 1 < toks.size() && (toks.get(j).is("–") || toks.get(j).is("-") || toks.get(j).is("bis")
                || toks.get(j).is("to")) && toks.get(j + 1).isNum();
    }

    /** "Zuckerberg, 40, sagte", "Jensen Huang (61)": an age set off after a name */
    private static boolean ageApposition(List<Tok> toks, Candidate c) {
        if (c.scaled || c.hasUnit() || c.hedge != null || !smallInt(toks.get(c.core))) return false;
        int k = c.numStart;
        int e = c.numEnd;
        if (k < 2 || e >= toks.size() || !toks.get(k - 2).isCapitalised()) return false;
        return toks.get(k - 1).is(",") && toks.get(e).is(",") || toks.get(k - 1).is("(") && toks.get(e).is(")");
    }

    /** "1 in 5 adults", "3 von 10 Befragten": a frequency, not an amount (both numbers are dropped) */
    private static boolean oneInFive(List<Tok> toks, Candidate c) {
        if (c.scaled || c.hasUnit()) return false;
        int j = c.numEnd;
        if (j + 1 < toks.size() && IN.contains(toks.get(j).lower()) && smallInt(toks.get(j + 1))) return true;
        int k = c.numStart;
        return k >= 2 && IN.contains(toks.get(k - 1).lower()) && smallCount(toks.get(k - 2))
                && smallInt(toks.get(c.core));
    }

    private static final Set<String> IN = Set.of("in", "von", "of", "aus");

    private static boolean smallCount(Tok t) {
        return smallInt(t) || t.isWord() && (NumberWords.isArticleOne(t.lower())
                || NumberWords.cardinal(t.lower(), Language.DE) != null
                || NumberWords.cardinal(t.lower(), Language.EN) != null);
    }

    private static boolean smallInt(Tok t) {
        return t.isNum() && t.text().length() <= 3 && isPlainInt(t.text());
    }

    private static boolean versionLike(String s) {
        int dot = s.indexOf('.');
        if (s.indexOf(',') >= 0) return false;
        if (dot < 0) return s.length() <= 3;
        return dot <= 2 && s.length() - dot - 1 <= 2 && s.indexOf('.', dot + 1) < 0;
    }
}
