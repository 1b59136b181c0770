package org.claimgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.ingest.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IcuSegmenterTest {

    private final IcuSegmenter segmenter = new IcuSegmenter();

    /** language, text, expected sentences separated by " || ". */
    static Stream<Arguments> cases() {
        return Stream.of(
                de("Der Umsatz lag bei 4 Mrd. Euro. Das war mehr als erwartet.",
                        "Der Umsatz lag bei 4 Mrd. Euro. || Das war mehr als erwartet."),
                de("Die Firma setzte 350 Mio. Euro um. Der Gewinn sank.",
                        "Die Firma setzte 350 Mio. Euro um. || Der Gewinn sank."),
                de("Das Modell Nr. 5 verkaufte sich gut. Danach kam die Pause.",
                        "Das Modell Nr. 5 verkaufte sich gut. || Danach kam die Pause."),
                de("Es arbeiten dort ca. 800 Menschen. Weitere sollen folgen.",
                        "Es arbeiten dort ca. 800 Menschen. || Weitere sollen folgen."),
                de("Große Kunden, z. B. Banken, zahlen mehr. Kleine zahlen weniger.",
                        "Große Kunden, z. B. Banken, zahlen mehr. || Kleine zahlen weniger."),
                de("Große Kunden, z.B. Versicherer, zahlen mehr. Kleine weniger.",
                        "Große Kunden, z.B. Versicherer, zahlen mehr. || Kleine weniger."),
                de("Geprüft werden u. a. Verträge mit Zulieferern. Ein Ergebnis fehlt.",
                        "Geprüft werden u. a. Verträge mit Zulieferern. || Ein Ergebnis fehlt."),
                de("Umsatz und Gewinn stiegen um drei bzw. Fünf Prozent. Gut so.",
                        "Umsatz und Gewinn stiegen um drei bzw. Fünf Prozent. || Gut so."),
                de("Das sagte Dr. Weber am Morgen. Sie lachte.",
                        "Das sagte Dr. Weber am Morgen. || Sie lachte."),
                de("Die Quote liegt bei 13,5 Prozent. Im Vorjahr war sie niedriger.",
                        "Die Quote liegt bei 13,5 Prozent. || Im Vorjahr war sie niedriger."),
                de("Der Konzern plant mit 160.000 Servern. Das ist viel.",
                        "Der Konzern plant mit 160.000 Servern. || Das ist viel."),
                de("Die Zahlen kommen am 31. Oktober. Analysten warten.",
                        "Die Zahlen kommen am 31. Oktober. || Analysten warten."),
                de("Bis zum 3. März muss die Firma zahlen. Dann folgt die Prüfung.",
                        "Bis zum 3. März muss die Firma zahlen. || Dann folgt die Prüfung."),
                de("Im 2. Quartal wuchs der Umsatz. Im 3. Quartal sank er.",
                        "Im 2. Quartal wuchs der Umsatz. || Im 3. Quartal sank er."),
                de("Die Firma landete auf dem 4. Platz. Der Chef war zufrieden.",
                        "Die Firma landete auf dem 4. Platz. || Der Chef war zufrieden."),
                de("Die Hauptversammlung ist am 12. Mai 2026. Sie findet online statt.",
                        "Die Hauptversammlung ist am 12. Mai 2026. || Sie findet online statt."),
                de("Die Umsätze stiegen 2025. Die Kosten auch.",
                        "Die Umsätze stiegen 2025. || Die Kosten auch."),
                de("Der Kurs fiel um 7 Prozent. Danach erholte er sich.",
                        "Der Kurs fiel um 7 Prozent. || Danach erholte er sich."),
                de("„Wir wachsen“, sagte die Chefin. „Und wir stellen ein.“ Das freut die Börse.",
                        "„Wir wachsen“, sagte die Chefin. || „Und wir stellen ein.“ || Das freut die Börse."),
                de("Starkes Cloud-Geschäft\nDer Umsatz in der Sparte stieg kräftig.",
                        "Starkes Cloud-Geschäft || Der Umsatz in der Sparte stieg kräftig."),
                de("Erster Absatz ohne Punkt\n\nZweiter Absatz. Mit zwei Sätzen.",
                        "Erster Absatz ohne Punkt || Zweiter Absatz. || Mit zwei Sätzen."),
                de("Wie viel verdient die Firma? Mehr als gedacht! Das überrascht.",
                        "Wie viel verdient die Firma? || Mehr als gedacht! || Das überrascht."),
                de("Die Rechenzentren kosteten rd. 2 Mrd. Euro inkl. Kühlung. Das ist teuer.",
                        "Die Rechenzentren kosteten rd. 2 Mrd. Euro inkl. Kühlung. || Das ist teuer."),
                en("Apple Inc. reported higher sales. Shares rose.", "Apple Inc. reported higher sales. || Shares rose."),
                en("Example Corp. Chief Executive Mary Doe spoke on Monday. Analysts listened.",
                        "Example Corp. Chief Executive Mary Doe spoke on Monday. || Analysts listened."),
                en("Sales in the U.S. Market grew fast. Europe lagged.",
                        "Sales in the U.S. Market grew fast. || Europe lagged."),
                en("The results are due Jan. 28 after the close. Investors wait.",
                        "The results are due Jan. 28 after the close. || Investors wait."),
                en("The deal closed in Feb. 2026 after a review. Shares rose.",
                        "The deal closed in Feb. 2026 after a review. || Shares rose."),
                en("It is Microsoft vs. Google in search. The fight is old.",
                        "It is Microsoft vs. Google in search. || The fight is old."),
                en("The company is No. 1 in chips. Rivals trail.", "The company is No. 1 in chips. || Rivals trail."),
                en("Dr. Smith joined the board. She starts in May.", "Dr. Smith joined the board. || She starts in May."),
                en("The store on St. James Street closed. Staff moved.", "The store on St. James Street closed. || Staff moved."),
                en("Revenue rose 1.2 percent to $3.5 billion. Margins held.",
                        "Revenue rose 1.2 percent to $3.5 billion. || Margins held."),
                en("It employs 160,000 people. That number will grow.", "It employs 160,000 people. || That number will grow."),
                en("Costs fell, e.g. for power. Prices did not.", "Costs fell, e.g. for power. || Prices did not."),
                en("Investors cheered. \"We are pleased,\" the CEO said. The stock jumped.",
                        "Investors cheered. || \"We are pleased,\" the CEO said. || The stock jumped."),
                en("Cloud revenue surges\nThe unit grew faster than expected.",
                        "Cloud revenue surges || The unit grew faster than expected."),
                en("What comes next? Nobody knows. Stay tuned.", "What comes next? || Nobody knows. || Stay tuned."),
                en("John F. Smith chairs the board. He is 60.", "John F. Smith chairs the board. || He is 60."),
                any("Der Chef sagte: Die Nr. 1 bleibt. Then he left.", "Der Chef sagte: Die Nr. 1 bleibt. || Then he left."));
    }

    private static Arguments de(String text, String expected) {
        return Arguments.of(Language.DE, text, expected);
    }

    private static Arguments en(String text, String expected) {
        return Arguments.of(Language.EN, text, expected);
    }

    private static Arguments any(String text, String expected) {
        return Arguments.of(null, text, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("cases")
    void segments(Language language, String text, String expected) {
        List<Sentence> sentences = segmenter.sentences(text, language);
        assertEquals(Arrays.asList(expected.split(" \\|\\| ")), sentences.stream().map(Sentence::text).toList());
        assertOffsets(text, sentences);
    }

    @Test
    void offsetsPointIntoTheTextAndSentencesAreTrimmed() {
        String text = "  Erster Satz.   Zweiter Satz!\n\n\n   Überschrift  \nLetzter Satz.  ";
        List<Sentence> sentences = segmenter.sentences(text, Language.DE);
        assertEquals(4, sentences.size());
        assertOffsets(text, sentences);
        assertEquals("Überschrift", sentences.get(2).text());
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertTrue(segmenter.sentences("", Language.EN).isEmpty());
        assertTrue(segmenter.sentences(" \n\n ", Language.DE).isEmpty());
    }

    static void assertOffsets(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            assertEquals(s.text(), text.substring(s.begin(), s.end()));
            assertEquals(s.text().strip(), s.text());
            assertTrue(s.begin() >= previousEnd, "sentences overlap or go backwards");
            previousEnd = s.end();
        }
    }
}
