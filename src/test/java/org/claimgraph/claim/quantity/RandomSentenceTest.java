package org.claimgraph.claim.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.claimgraph.ingest.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Token soups of numbers, scale words, units, hedges and punctuation (fixed seed): the finder must
 * never throw, and every mention must be a well-formed span in text order whose surface is the
 * sentence's substring, with a value or a bound.
 */
class RandomSentenceTest {

    private static final String[] PIECES = {"37", "1.234,5", "1,234.5", "160.000", "2,11", "0", "030", "2024",
        "2023/24", "24/7", "10:30", "-", "–", "+", "−", "$", "€", "US$", "%", "Prozent", "percent", "bis", "to",
        "und", "and", "zwischen", "between", "von", "from", "auf", "um", "by", "knapp", "rund", "gut", "mehr als",
        "up to", "bis zu", "Milliarden", "Mrd.", "bn", "m", "k", "Millionen", "thousands", "Tausende", "of", "ein",
        "eine", "a", "one", "sieben", "twenty", "-", "five", "Viertel", "third", "half", "halb", "so", "as", "viele",
        "many", "zehnmal", "twice", "times", "x", "fold", "Cent", "cents", "pro", "Aktie", "per", "share", "Nutzer:innen",
        "users", "GPUs", "Llama", "H100", "Q2", "Uhr", "a.m.", "Feb.", "März", ".", ",", "(", ")", "bzw.",
        "respectively", "fell", "sank", "rose", "stieg", "Plus", "Minus", "zurück", "verdoppelt", "doubled",
        "Vorjahr", ":", "https://x.de/5", "a@b.de", "Nr.", "Platz", "Seite", "68-Jährige", "\u00A0", "3x"};

    @ParameterizedTest
    @EnumSource(Language.class)
    void neverThrowsAndSpansAreWellFormed(Language lang) {
        Random rnd = new Random(20261127L + lang.ordinal());
        QuantityFinder finder = new RuleBasedQuantityFinder();
        for (int n = 0; n < 1500; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(14);
            for (int k = 0; k < len; k++) {
                if (k > 0 && rnd.nextInt(4) > 0) sb.append(' ');
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            List<QuantityMention> ms = finder.find(s, lang);
            int last = 0;
            for (QuantityMention m : ms) {
                assertTrue(m.begin() >= last && m.begin() < m.end() && m.end() <= s.length(), s + " → " + m);
                assertEquals(s.substring(m.begin(), m.end()), m.surface(), s);
                assertTrue(m.representative() != null, s + " → " + m);
                last = m.begin();
            }
        }
    }
}
