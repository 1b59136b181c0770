package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s. Deliberately simple and allocation-light: the recogniser runs
 * once per article and the same tokenisation is applied to catalogue aliases, so both sides of a
 * match always agree.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(text, i)) {
                while (i < n && isWordChar(text, i)) i += Character.charCount(text.codePointAt(i));
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            out.add(new Token(out.size(), start, i, text.substring(start, i), start != i && isWordChar(text, start), space));
            space = false;
        }
        return out;
    }

    private static boolean isWordChar(String text, int i) {
        int cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
