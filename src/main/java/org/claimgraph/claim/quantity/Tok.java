package org.claimgraph.claim.quantity;

/**
 * One token of a sentence. {@code spaceBefore} is false when the token is glued to the previous
 * one ("H100", "2.5bn", "$32"): gluing decides model names, suffixes and compounds.
 */
record Tok(int begin, int end, String text, String lower, Type type, boolean spaceBefore) {

    enum Type { NUM, WORD, PUNCT }

    boolean isNum() {
        return type == Type.NUM;
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isCapitalised() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** an upper-case letter after the first: "iPhone", "GPT", "MI" name products, not sentence openings */
    boolean hasInnerCaps() {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) return true;
        }
        return false;
    }
}
