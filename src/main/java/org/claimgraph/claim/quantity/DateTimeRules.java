package org.claimgraph.claim.quantity;

import java.util.List;
import java.util.Set;

/**
 * The exclusions about the calendar, the clock and the page: dates ("21. Februar", "Feb. 21",
 * "31.10.2024"), times ("10 Uhr", "10:30", "9 a.m."), durations ("12 Monate"), ages ("68-Jährige")
 * and page furniture ("7 Bilder ansehen"). Part of {@link Exclusions}.
 */
final class DateTimeRules {

    private static final Set<String> MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai",
            "juni", "juli", "august", "september", "oktober", "november", "dezember", "january", "february",
            "march", "may", "june", "july", "october", "december", "jan", "feb", "mär", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec");

    /** nouns after a number that make it page furniture ("7 Bilder ansehen") or a time or an age */
    private static final Set<String> AFTER = Set.of("bilder", "fotos", "videos", "kommentare", "comments",
            "photos", "images", "pictures", "slides", "uhr", "a.m", "p.m", "am", "pm", "o'clock", "jährige",
            "jährigen", "jähriger", "jähriges", "jährig", "year-old", "years-old",
            // durations are not figures of a claim: "in den vergangenen 12 Monaten", "over 5 years"
            "jahre", "jahren", "monate", "monaten", "wochen", "tage", "tagen", "stunden", "minuten", "sekunden",
            "years", "months", "weeks", "days", "hours", "minutes", "seconds", "quartale", "quartalen",
            "min", "std", "sek", "mins", "hrs");

    private DateTimeRules() {
    }

    /** "21. Februar", "Feb. 21", "21 February", "31.10.2024", "31.10.", "10 Uhr", "9 a.m." */
    static boolean dateOrTime(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        String s = t.text();
        int d1 = s.indexOf('.');
        // "EPS was $1.08.": after a currency sign the closing dot ends the sentence, it closes no date
        boolean money = i > 0 && toks.get(i - 1).text().matches("[$€£]");
        if (d1 >= 0 && s.indexOf(',') < 0 && !money) {
            int d2 = s.indexOf('.', d1 + 1);
            int second = (d2 < 0 ? s.length() : d2) - d1 - 1;
            if (d1 <= 2 && second <= 2) {
                // "31.10.2024", or "31.10." with its closing dot
                if (d2 >= 0 && s.indexOf('.', d2 + 1) < 0) return true;
                if (d2 < 0 && i + 1 < toks.size() && toks.get(i + 1).is(".") && !toks.get(i + 1).spaceBefore()) return true;
            }
        }
        // a day of the month is one or two digits next to a month name ("im Mai 5 Prozent" is no date)
        if (s.length() > 2 || !Exclusions.isPlainInt(s) || hasUnitAfter(toks, i)) return false;
        int j = i + 1;
        if (j < toks.size() && toks.get(j).is(".")) j++;
        if (j < toks.size() && isMonth(toks.get(j))) return true;
        int k = i - 1;
        if (k >= 0 && toks.get(k).is(".")) k--;
        if (k >= 0 && isMonth(toks.get(k))) return true;
        // "Ende 2024"/"the 21st" are handled elsewhere; a comma date "March 3, 2024" has the month before
        return false;
    }

    private static boolean hasUnitAfter(List<Tok> toks, int i) {
        return i + 1 < toks.size() && UnitWords.suffixAt(toks, i + 1) != null;
    }

    private static boolean isMonth(Tok t) {
        return t.isCapitalised() && MONTHS.contains(t.lower());
    }

    /** "7 Bilder ansehen", "10 Uhr", "9 a.m.", "68-Jährige", "a 68-year-old" */
    static boolean furniture(List<Tok> toks, int i) {
        int j = i + 1;
        if (j < toks.size() && toks.get(j).is("-") && !toks.get(j).spaceBefore()) j++;
        if (j >= toks.size()) return false;
        Tok n = toks.get(j);
        if (AFTER.contains(n.lower())) return !(n.is("am") && n.isCapitalised());
        if (n.is("a") && j + 2 < toks.size() && toks.get(j + 1).is(".") && toks.get(j + 2).is("m")) return true;
        if (n.is("p") && j + 2 < toks.size() && toks.get(j + 1).is(".") && toks.get(j + 2).is("m")) return true;
        if (n.lower().startsWith("jährig")) return true;
        if (n.is("year") && j + 2 < toks.size() && toks.get(j + 1).is("-") && toks.get(j + 2).is("old")) return true;
        return i > 0 && toks.get(i - 1).is("aged");
    }
}
