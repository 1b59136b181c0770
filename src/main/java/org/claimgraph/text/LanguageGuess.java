package org.claimgraph.text;

import org.claimgraph.ingest.Language;

/**
 * The outcome of guessing a text's language.
 *
 * @param language   the language, or null when undecided
 * @param confidence share of the winning language among the function words seen, 0 when none
 * @param evidence   how many function words were seen
 */
public record LanguageGuess(Language language, double confidence, int evidence) {

    public boolean isKnown() {
        return language != null;
    }
}
