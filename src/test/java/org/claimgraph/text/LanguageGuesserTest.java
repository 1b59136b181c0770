package org.claimgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.ingest.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Der Konzern hat im Quartal mehr verdient als erwartet, und die Aktie stieg nicht nur leicht. | de",
            "Für das kommende Jahr rechnet die Firma mit einem Umsatz von rund zehn Milliarden Euro. | de",
            "Die Zahl der Nutzer ist gegenüber dem Vorjahr um ein Drittel gewachsen, sagte die Chefin. | de",
            "The company said revenue rose by a fifth and that it expects more growth in the coming year. | en",
            "Shares of the chipmaker were up in late trading after it beat estimates for the quarter. | en",
            "It has hired thousands of engineers, and the number of users is higher than it was last year. | en",
            "Nvidia, Microsoft, Alphabet | -",
            "Q3 2026: 12,5 Mrd. | -",
            "die the | -",
            "'' | -"})
    void guesses(String text, String expected) {
        LanguageGuess guess = guesser.guess(text);
        assertEquals(expected == null ? null : Language.fromTag(expected).orElseThrow(), guess.language(),
                () -> guess.toString());
        if (guess.isKnown()) assertTrue(guess.confidence() >= 0.75 && guess.evidence() >= 4, guess.toString());
    }

    @Test
    void mixedTextIsUndecided() {
        LanguageGuess guess = guesser.guess("Der Chef und die Firma said that the results of the quarter sind gut und nicht schlecht.");
        assertEquals(null, guess.language(), guess.toString());
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new LanguageGuesser(0, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new LanguageGuesser(3, 0.5));
    }
}
