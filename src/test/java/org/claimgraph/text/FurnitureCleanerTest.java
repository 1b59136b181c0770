package org.claimgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.claimgraph.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FurnitureCleanerTest {

    private final FurnitureCleaner cleaner = new FurnitureCleaner();

    private static final String A = "Der Umsatz stieg deutlich.";
    private static final String B = "The company hired more engineers.";

    /** kind, raw text, expected cleaned text. */
    static Stream<Arguments> removed() {
        return Stream.of(
                Arguments.of("ad marker", A + "\n\nAnzeige\n\n" + B, A + "\n\n" + B),
                Arguments.of("doubled ad marker", A + "\n\nAnzeige Anzeige\n\n" + B, A + "\n\n" + B),
                Arguments.of("ad marker glued to a sentence", A + " Anzeige Anzeige\n" + B, A + "\n" + B),
                Arguments.of("Werbung", A + "\nWerbung\n" + B, A + "\n" + B),
                Arguments.of("Advertisement", B + "\n\nADVERTISEMENT\n\n" + A, B + "\n\n" + A),
                Arguments.of("gallery teaser line", A + "\n\n12 Bilder ansehen Ein Roboter lernt laufen Quelle:\n\n" + B,
                        A + "\n\n" + B),
                Arguments.of("gallery teaser inline", A + " 5 Fotos ansehen Neue Chips im Test Quelle: " + B, A + " " + B),
                Arguments.of("gallery teaser without source", A + "\n\n3 Bilder ansehen Drohnen über der Stadt\n\n" + B,
                        A + "\n\n" + B),
                Arguments.of("Mehr zu diesem Thema at the end", A + "\n\nMehr zu diesem Thema", A),
                Arguments.of("related block with teaser titles", A + "\n\nMehr zum Thema\nKonkurrent senkt Preise\n\n"
                        + "Neue Brille im Test\n\n" + B, A + "\n\n" + B),
                Arguments.of("related block before a footer", A + "\n\nZum Thema:\nStreit um Patente\n\n(Bericht von Max Beispiel)",
                        A + "\n\n(Bericht von Max Beispiel)"),
                Arguments.of("Lesen Sie auch", A + "\nLesen Sie auch: Warum Chips knapp werden\n" + B, A + "\n" + B),
                Arguments.of("Read more", B + "\nRead more: Why memory prices keep rising\n" + A, B + "\n" + A),
                Arguments.of("Related:", B + "\n\nRelated: Robot taxis expand to two cities\n\n" + A, B + "\n\n" + A),
                Arguments.of("Zum Thema", A + "\n\nZum Thema:\nStreit um Lizenzen\n\n" + B, A + "\n\n" + B),
                Arguments.of("Bildquelle line", A + "\nBildquelle: Max Muster / Beispielagentur\n" + B, A + "\n" + B),
                Arguments.of("Foto line", A + "\nFoto: Erika Beispiel\n" + B, A + "\n" + B),
                Arguments.of("bracketed Bild credit", "Die Zentrale in Köln (Bild: Beispiel AG) wird ausgebaut.",
                        "Die Zentrale in Köln wird ausgebaut."),
                Arguments.of("bracketed Foto credit", A + " (Foto: J. Doe/AFP)", A),
                Arguments.of("Image credit with agency", B + "\nImage: Jane Roe/Getty Images\n" + A, B + "\n" + A),
                Arguments.of("agency credit line", B + "\n\nJohn Roe/picture alliance/dpa\n\n" + A, B + "\n\n" + A),
                Arguments.of("copyright credit", B + "\n© Example Photo Agency\n" + A, B + "\n" + A),
                Arguments.of("trailing Bildquelle", A + " Bildquelle: Muster GmbH", A),
                Arguments.of("share prompt", B + "\nShare this article\n" + A, B + "\n" + A),
                Arguments.of("share bar", B + "\nTeilen | Facebook | X | LinkedIn\n" + A, B + "\n" + A),
                Arguments.of("newsletter prompt", A + "\nJetzt den Newsletter abonnieren und nichts verpassen.\n" + B,
                        A + "\n" + B),
                Arguments.of("newsletter prompt en", B + "\nSign up for our daily newsletter.\n" + A, B + "\n" + A),
                Arguments.of("cookie notice", A + "\nWir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.\n" + B,
                        A + "\n" + B),
                Arguments.of("cookie notice en", B + "\nWe use cookies. Accept all to continue.\n" + A, B + "\n" + A),
                Arguments.of("teaser kicker", A + "\n\nVideo: So arbeitet ein Chipwerk\n\n" + B, A + "\n\n" + B),
                Arguments.of("teaser arrow", B + "\n\nHow the new phone compares »\n\n" + A, B + "\n\n" + A),
                Arguments.of("teaser mehr", A + "\n\nSo teuer wird der neue Rechner mehr »\n\n" + B, A + "\n\n" + B),
                Arguments.of("blank line runs collapse", A + "\n\n\n\n" + B, A + "\n\n" + B));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("removed")
    void removesFurniture(String kind, String raw, String expected) {
        assertEquals(expected, cleaner.cleanText(raw));
    }

    /** Text that looks a little like furniture but is article text and stays. */
    static Stream<String> kept() {
        return Stream.of(
                A + "\n\nStarkes Cloud-Geschäft\n\n" + B,
                B + "\n\nShares climb after the call\n\n" + A,
                A + "\n(Bericht von Max Beispiel; redigiert von Erika Muster)",
                B + "\n(Reporting by Jane Roe; Editing by John Doe)",
                "Related party transactions rose sharply last year.",
                "Zum Thema Künstliche Intelligenz sagte der Chef wenig.",
                "Die Werbung im Netz bringt dem Konzern Milliarden.",
                "Der Konzern stellte Strafanzeige. Anzeige erstattete auch die Konkurrenz.",
                "Read more carefully, the filing shows a loss.",
                "Das Bild des Konzerns hat gelitten, sagte ein Analyst.",
                "Bangalore/San Francisco (Reuters) - Der Konzern wuchs kräftig.",
                "Nutzer, die viele Bilder ansehen, bleiben länger in der App.",
                "Newsletter-Anbieter wachsen stark, sagte die Analystin.");
    }

    @ParameterizedTest
    @MethodSource("kept")
    void keepsArticleText(String text) {
        assertEquals(text, cleaner.cleanText(text));
    }

    @ParameterizedTest
    @MethodSource("spaces")
    void normalisesUnicode(String raw, String expected) {
        assertEquals(expected, cleaner.cleanText(raw));
    }

    static Stream<Arguments> spaces() {
        return Stream.of(
                Arguments.of("Fu\u0308r 5\u00A0Mrd.\u00A0Euro", "Für 5 Mrd. Euro"),
                Arguments.of("10\u202F000 Nutzer", "10 000 Nutzer"),
                Arguments.of("rund\u2009drei Prozent", "rund drei Prozent"),
                Arguments.of("Zero\u200Bwidth and soft\u00ADhyphen", "Zerowidth and softhyphen"),
                Arguments.of("Zeile eins\r\nZeile zwei", "Zeile eins\nZeile zwei"),
                Arguments.of("  Text  mit  Doppelraum  ", "Text  mit  Doppelraum"));
    }

    static Stream<Arguments> wrapping() {
        return Stream.of(
                Arguments.of("Der Konzern hat im abgelaufenen Quartal deutlich mehr\nUmsatz erzielt als Analysten im Mittel erwartet\nhatten.",
                        "Der Konzern hat im abgelaufenen Quartal deutlich mehr Umsatz erzielt als Analysten im Mittel erwartet hatten."),
                Arguments.of("The company said revenue rose faster than expected in\nthe quarter, helped by cloud demand.\n\nShares rose.",
                        "The company said revenue rose faster than expected in the quarter, helped by cloud demand.\n\nShares rose."),
                Arguments.of("Starkes Cloud-Geschäft\nDer Umsatz der Sparte stieg im Quartal kräftig an.",
                        "Starkes Cloud-Geschäft\nDer Umsatz der Sparte stieg im Quartal kräftig an."),
                Arguments.of("Earnings per share: $2.10 vs. $1.98 expected\nRevenue: $41.2 billion vs. $40.7 billion expected\nservices revenue: $9.3 billion vs. $9.1 billion expected",
                        "Earnings per share: $2.10 vs. $1.98 expected\nRevenue: $41.2 billion vs. $40.7 billion expected\nservices revenue: $9.3 billion vs. $9.1 billion expected"),
                Arguments.of("Umsatz: 12,4 Mrd. Euro (Vorjahr: 11,9 Mrd. Euro)\nBereinigtes Ergebnis je Aktie: 1,52 Euro (Vorjahr: 1,31)",
                        "Umsatz: 12,4 Mrd. Euro (Vorjahr: 11,9 Mrd. Euro)\nBereinigtes Ergebnis je Aktie: 1,52 Euro (Vorjahr: 1,31)"),
                Arguments.of("- Der Umsatz stieg im dritten Quartal um acht Prozent\n- Die Zahl der Beschäftigten sank auf rund 41.000",
                        "- Der Umsatz stieg im dritten Quartal um acht Prozent\n- Die Zahl der Beschäftigten sank auf rund 41.000"),
                Arguments.of("• Cloud revenue grew 31% to $12.8 billion in the quarter\n• Operating income rose to $4.4 billion from $3.9 billion",
                        "• Cloud revenue grew 31% to $12.8 billion in the quarter\n• Operating income rose to $4.4 billion from $3.9 billion"),
                Arguments.of("A long one-line paragraph that is certainly wider than any wrap width would ever be, as news sites do.\nNext.",
                        "A long one-line paragraph that is certainly wider than any wrap width would ever be, as news sites do.\nNext."));
    }

    @ParameterizedTest
    @MethodSource("wrapping")
    void joinsHardWrappedParagraphsOnly(String raw, String expected) {
        assertEquals(expected, cleaner.cleanText(raw));
    }

    @Test
    void cleansHeadlineAndLeavesMissingHeadlineForTheTextStage() {
        Article raw = new Article("a.txt", null, null, null, " Fu\u0308nf\u00A0Prozent mehr ", "Anzeige\n\n" + A);
        Article cleaned = cleaner.clean(raw);
        assertEquals("Fünf Prozent mehr", cleaned.headline());
        assertEquals(A, cleaned.text());
        assertNull(cleaner.clean(raw.withHeadline(null)).headline());
    }
}
