package org.claimgraph.entity;

/**
 * A word (a maximal run of letters and digits) or a single punctuation character of the article
 * text. {@code spaceBefore} tells whether anything separates it from the previous token, which
 * is how "Meta-Aktie" (attached hyphen) differs from "Facebook- und" (suspended hyphen).
 */
record Token(int index, int begin, int end, String text, String lower, boolean word, boolean spaceBefore) {

    Token(int index, int begin, int end, String text, boolean word, boolean spaceBefore) {
        // lower-cased once: every stage compares lower-case forms
        this(index, begin, end, text, text.toLowerCase(java.util.Locale.ROOT), word, spaceBefore);
    }

    boolean isHyphen() {
        return !word && Tokenizer.isHyphen(text.charAt(0));
    }

    boolean isApostrophe() {
        return !word && Tokenizer.isApostrophe(text.charAt(0));
    }

    /** Starts with an upper-case letter. */
    boolean capitalised() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    /** All letters lower-case (digits allowed). */
    boolean lowerCase() {
        return word && text.chars().noneMatch(Character::isUpperCase);
    }

    boolean number() {
        return word && Character.isDigit(text.charAt(0));
    }
}
