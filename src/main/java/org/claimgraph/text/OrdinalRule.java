package org.claimgraph.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * German ordinals are written with a period ("31. Oktober", "im 3. Quartal"), which the sentence
 * rules take for a sentence end before a capitalised word. A period after a one- or two-digit
 * number is an ordinal when a month or a typical counted noun follows, or when an article or
 * preposition precedes the number.
 */
final class OrdinalRule {

    private OrdinalRule() {}

    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}\\.");
    private static final Set<String> MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "dezember", "jan.", "feb.", "mär.", "apr.",
            "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dez.");
    private static final Set<String> COUNTED = Set.of("quartal", "geschäftsquartal", "halbjahr", "jahrhundert",
            "jahrtausend", "platz", "stelle", "mal", "generation", "stock", "runde", "tag", "woche", "monat",
            "kalenderwoche", "klasse", "liga", "jahrestag", "auflage", "version", "ausgabe", "stufe", "phase",
            "amtszeit", "geburtstag", "rang");
    private static final Set<String> BEFORE = Set.of("am", "im", "vom", "zum", "bis", "der", "die", "das", "dem",
            "den", "des", "ein", "eine", "einem", "einer", "seit", "ab", "zur", "beim", "jeden", "jedes", "ihr",
            "ihrem", "seinem", "dieses", "diesem");

    /**
     * @param previous the word before the number, or null
     * @param token    the token ending at the candidate break, e.g. "31."
     * @param next     the word after the break, or null
     */
    static boolean isOrdinal(String previous, String token, String next) {
        if (!ORDINAL.matcher(token).matches()) return false;
        if (next != null) {
            String n = next.toLowerCase(Locale.GERMAN);
            if (MONTHS.contains(n) || MONTHS.contains(strip(n)) || COUNTED.contains(strip(n))) return true;
        }
        return previous != null && BEFORE.contains(previous.toLowerCase(Locale.GERMAN));
    }

    private static String strip(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetter(word.charAt(end - 1))) end--;
        return word.substring(0, end);
    }
}
