package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import org.claimgraph.ingest.Language;

/**
 * Reads a digit string with separators. The language says which separator groups thousands
 * (German ".", English ","), the shape decides the rest:
 * <ul>
 * <li>both "." and "," present: the last one is the decimal mark ("1.234,5", "1,234.5");</li>
 * <li>one separator occurring several times groups thousands ("1.234.567");</li>
 * <li>a single separator followed by other than three digits is a decimal mark, whatever the
 *     language ("13,5", "2,11", and the "4.5" a German text sometimes has);</li>
 * <li>a single separator followed by three digits groups thousands only if it is the language's
 *     thousands separator and the integer part is 1–3 digits without a leading zero
 *     (German "160.000" = 160000, English "1.200" = 1.2).</li>
 * </ul>
 */
final class NumberSyntax {

    private NumberSyntax() {
    }

    /** @return the value, or null if the string is not a well-formed number */
    static BigDecimal parse(String raw, Language lang) {
        String s = stripSpaces(raw);
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots == 0 && commas == 0) return new BigDecimal(s);
        if (dots > 0 && commas > 0) {
            char dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grp = dec == '.' ? ',' : '.';
            if (count(s, dec) != 1 || !groupsOfThree(s.substring(0, s.lastIndexOf(dec)), grp)) return null;
            return new BigDecimal(s.replace(String.valueOf(grp), "").replace(dec, '.'));
        }
        char sep = dots > 0 ? '.' : ',';
        int n = Math.max(dots, commas);
        if (n > 1) {
            return groupsOfThree(s, sep) ? new BigDecimal(s.replace(String.valueOf(sep), "")) : null;
        }
        int at = s.indexOf(sep);
        String intPart = s.substring(0, at);
        String frac = s.substring(at + 1);
        char thousands = lang == Language.DE ? '.' : ',';
        boolean grouping = frac.length() == 3 && sep == thousands && intPart.length() <= 3
                && !(intPart.length() > 1 && intPart.charAt(0) == '0') && !intPart.equals("0");
        return grouping ? new BigDecimal(intPart + frac) : new BigDecimal(intPart + "." + frac);
    }

    private static String stripSpaces(String s) {
        if (s.indexOf('\u00A0') < 0 && s.indexOf('\u202F') < 0 && s.indexOf('\u2009') < 0) return s;
        return s.replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    /** "1.234.567": a first group of 1–3 digits, then groups of exactly three */
    private static boolean groupsOfThree(String s, char sep) {
        int first = s.indexOf(sep);
        if (first < 0) return true;
        if (first == 0 || first > 3) return false;
        int prev = first;
        for (int i = first + 1; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                if (i - prev - 1 != 3) return false;
                prev = i;
            }
        }
        return true;
    }
}
