package org.claimgraph.claim.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into numbers, words and single punctuation characters by a hand-written scan
 * (no regex: the finder is benchmarked in words per second). Numbers keep their separators
 * ("1.234,5") so that {@link NumberSyntax} can decide what they mean; a no-break or thin space
 * followed by exactly three digits is a thousands separator ("160 000").
 * Gender forms stay one word ("Nutzer:innen", "Nutzer*innen") so that the colon is not a boundary.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>(Math.max(8, s.length() / 4));
        int n = s.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            Tok.Type type;
            if (isDigit(c)) {
                i = scanNumber(s, i);
                type = Tok.Type.NUM;
            } else if (Character.isLetter(c)) {
                i = scanWord(s, i);
                type = Tok.Type.WORD;
            } else {
                i++;
                type = Tok.Type.PUNCT;
            }
            String text = s.substring(start, i);
            out.add(new Tok(start, i, text, text.toLowerCase(Locale.ROOT), type, space));
            space = false;
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int scanNumber(String s, int i) {
        int n = s.length();
        while (i < n && isDigit(s.charAt(i))) i++;
        while (i + 1 < n) {
            char c = s.charAt(i);
            if ((c == '.' || c == ',') && isDigit(s.charAt(i + 1))) {
                i += 2;
                while (i < n && isDigit(s.charAt(i))) i++;
            } else if ((c == '\u00A0' || c == '\u202F' || c == '\u2009') && threeDigits(s, i + 1)) {
                i += 4;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean threeDigits(String s, int i) {
        if (i + 3 > s.length()) return false;
        for (int k = i; k < i + 3; k++) if (!isDigit(s.charAt(k))) return false;
        return i + 3 == s.length() || !isDigit(s.charAt(i + 3));
    }

    private static int scanWord(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                i++;
            } else if ((c == ':' || c == '*' || c == '_' || c == '/') && s.startsWith("innen", i + 1)) {
                i += 6;
            } else {
                break;
            }
        }
        return i;
    }
}
