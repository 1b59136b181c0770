package org.claimgraph.text;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.Language;

/**
 * Tells German from English by counting function words, which every sentence has whatever its
 * topic. Words shared by both languages ("in", "will", "was", "also", "an") are left out. Undecided
 * when the text has too few function words or neither language clearly dominates.
 */
public final class LanguageGuesser {

    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "nicht", "mit", "für", "von", "zu",
            "den", "dem", "des", "ist", "sich", "auf", "ein", "eine", "einen", "einem", "einer", "im", "auch", "wird",
            "werden", "sind", "hat", "haben", "dass", "nach", "bei", "noch", "wie", "aber", "oder", "aus", "über",
            "vor", "zum", "zur", "sie", "er", "es", "wir", "ich", "am", "sei", "seien", "nur", "mehr", "bis",
            "laut", "sowie", "gegenüber", "jedoch", "diese", "dieser", "dieses", "wurde", "wurden", "kann",
            "soll", "sollen", "vom", "beim", "ihre", "seine", "keine", "damit", "rund", "knapp");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "with", "is", "are", "were", "for",
            "on", "that", "this", "it", "its", "by", "from", "at", "as", "be", "has", "have", "had", "said", "says",
            "not", "but", "or", "which", "their", "they", "he", "she", "we", "than", "more", "would", "could",
            "should", "been", "after", "about", "into", "over", "while", "our", "these", "those", "nearly",
            "billion", "million", "percent", "quarter", "year");

    private final int minEvidence;
    private final double minConfidence;

    /** At least 4 function words, and at least 75 % of them from one language. */
    public LanguageGuesser() {
        this(4, 0.75);
    }

    public LanguageGuesser(int minEvidence, double minConfidence) {
        if (minEvidence < 1) throw new IllegalArgumentException("minEvidence must be at least 1: " + minEvidence);
        if (minConfidence <= 0.5 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be in (0.5, 1]: " + minConfidence);
        }
        this.minEvidence = minEvidence;
        this.minConfidence = minConfidence;
    }

    public LanguageGuess guess(String text) {
        int de = 0;
        int en = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (i == start) break;
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (GERMAN.contains(word)) de++;
            else if (ENGLISH.contains(word)) en++;
        }
        int evidence = de + en;
        if (evidence == 0) return new LanguageGuess(null, 0, 0);
        double confidence = (double) Math.max(de, en) / evidence;
        if (evidence < minEvidence || confidence < minConfidence || de == en) {
            return new LanguageGuess(null, confidence, evidence);
        }
        return new LanguageGuess(de > en ? Language.DE : Language.EN, confidence, evidence);
    }
}
