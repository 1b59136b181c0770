package org.claimgraph.claim.quantity;

import java.util.Set;

/**
 * Closed-class words of both languages (articles, prepositions, conjunctions, pronouns, common
 * adverbs and auxiliaries). They are never count nouns, and a capitalised one before a number is
 * a sentence opening, not a product name.
 */
final class FunctionWords {

    private static final Set<String> WORDS = Set.copyOf(java.util.List.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
            "aber", "als", "auch", "auf", "aus", "bei", "bis", "durch", "für", "gegen", "in", "im", "ins", "mit",
            "nach", "seit", "um", "von", "vom", "vor", "zu", "zum", "zur", "über", "unter", "zwischen", "je",
            "pro", "insgesamt", "nur", "noch", "schon", "bereits", "rund", "etwa", "allein", "jeweils", "weitere",
            "weiteren", "mehr", "weniger", "knapp", "fast", "gut", "mindestens", "ab", "an", "am", "es", "sie",
            "er", "wir", "ich", "man", "sich", "wird", "werden", "wurde", "wurden", "ist", "sind", "war", "waren",
            "hat", "haben", "hatte", "hatten", "soll", "sollen", "will", "wollen", "kann", "können", "dann",
            "damit", "dass", "denn", "doch", "so", "wie", "wo", "wenn", "weil", "nun", "jetzt", "heute", "damals",
            "zuletzt", "zudem", "außerdem", "laut", "gut", "plus", "minus", "beziehungsweise", "bzw", "sowie",
            "nicht", "kein", "keine", "dieses", "diese", "dieser", "diesem", "jahr", "jahres", "monat", "woche",
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "than", "as", "about", "around", "over", "under", "between", "after", "before", "since", "until",
            "into", "per", "some", "more", "less", "fewer", "only", "just", "nearly", "almost", "roughly", "up",
            "down", "total", "another", "additional", "other", "its", "it", "they", "their", "we", "our", "he",
            "she", "his", "her", "this", "that", "these", "those", "was", "were", "is", "are", "be", "been",
            "will", "would", "could", "should", "may", "might", "can", "has", "have", "had", "do", "does", "did",
            "not", "no", "also", "then", "now", "today", "last", "next", "year", "years", "quarter", "month",
            "week", "day", "days", "respectively", "each", "all", "both", "every", "while", "when", "which",
            "who", "what", "where", "if", "so", "yet", "still", "already", "apiece", "times", "mal", "year's",
            "mio", "mrd", "tsd"));

    private FunctionWords() {
    }

    static boolean isFunctionWord(String lower) {
        return WORDS.contains(lower);
    }
}
