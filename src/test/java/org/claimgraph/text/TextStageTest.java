package org.claimgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.InputException;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReaders;
import org.claimgraph.ingest.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextStageTest {

    private final TextStage stage = TextStage.create();

    @Test
    void headlineIsTheFirstSentenceWhenTheReaderFoundNone() {
        Article raw = new Article("s.txt", null, null, null, null,
                "Chipfirma verdoppelt Gewinn. Der Umsatz stieg im Quartal auf 3,1 Mrd. Euro.\n\nAnzeige\n\nDie Aktie legte zu.");
        TextDocument doc = stage.analyse(raw);
        assertEquals("Chipfirma verdoppelt Gewinn.", doc.article().headline());
        assertEquals(Language.DE, doc.article().language(), "guessed from the text");
        assertEquals(3, doc.sentences().size());
        assertEquals("Der Umsatz stieg im Quartal auf 3,1 Mrd. Euro.", doc.sentences().get(1).text());
        IcuSegmenterTest.assertOffsets(doc.text(), doc.sentences());
    }

    @Test
    void headerLanguageWinsOverTheGuess() {
        Article raw = new Article("e.txt", null, null, Language.EN, "Given title", "Der Text ist aber deutsch und nicht englisch.");
        TextDocument doc = stage.analyse(raw);
        assertEquals(Language.EN, doc.article().language());
        assertEquals("Given title", doc.article().headline());
    }

    @Test
    void undecidableLanguageStaysNull() {
        TextDocument doc = stage.analyse(new Article("n.txt", null, null, null, null, "Nvidia: 4,2 Mrd."));
        assertEquals(null, doc.article().language());
    }

    @Test
    void articleOfOnlyFurnitureIsRejected() {
        InputException e = assertThrows(InputException.class, () -> stage.analyse(
                new Article("f.txt", null, null, null, null, "Anzeige\n\nMehr zu diesem Thema\nEin Teaser")));
        assertEquals("f.txt", e.location().source());
    }

    @Test
    void longTextIsProcessedInBoundedTime() {
        String paragraph = "Der Umsatz stieg um 5 Prozent auf rund 2 Mrd. Euro, sagte die Chefin am 3. Mai. "
                + "Revenue rose 4 percent to about $2.1 billion, the U.S. company said.\n\n";
        String text = paragraph.repeat(4_000);
        TextDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> stage.analyse(new Article("long.txt", null, null, null, null, text)));
        assertEquals(8_000, doc.sentences().size());
    }

    /** Inputs built to make patterns backtrack or loops go quadratic; each must finish quickly. */
    static Stream<String> hostileLines() {
        return Stream.of(
                "Satz. " + " ".repeat(150_000) + "Ende.",
                "(".repeat(150_000) + "Bild: x",
                "Anzeige ".repeat(20_000) + "Text.",
                "7 Bilder ansehen ".repeat(10_000),
                "Bildquelle: ".repeat(10_000) + "Satz.",
                "z. ".repeat(50_000) + "B.",
                "1. ".repeat(50_000) + "Oktober.",
                ". ".repeat(75_000),
                "Newsletter Cookies ".repeat(8_000));
    }

    @ParameterizedTest
    @MethodSource("hostileLines")
    void hostileLinesFinishQuickly(String line) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                TextDocument doc = stage.analyse(new Article("h.txt", null, null, null, null, line));
                IcuSegmenterTest.assertOffsets(doc.text(), doc.sentences());
            } catch (InputException e) {
                assertEquals("h.txt", e.location().source()); // all furniture: rejected with a reason
            }
        });
    }

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(anzeige|werbung|advertisement)( anzeige)*$|bilder ansehen|^mehr zu(m| diesem) thema");

    /** Every sample article: furniture gone, offsets valid, headline and language present. */
    @ParameterizedTest
    @MethodSource("sampleArticles")
    void samplesComeOutClean(Path file) {
        TextDocument doc = stage.analyse(ArticleReaders.create().read(file));
        assertNotNull(doc.article().headline());
        assertNotNull(doc.article().language(), "declared or guessed");
        assertFalse(doc.sentences().isEmpty());
        IcuSegmenterTest.assertOffsets(doc.text(), doc.sentences());
        for (Sentence s : doc.sentences()) {
            assertFalse(FURNITURE.matcher(s.text()).find(), "furniture left: " + s.text());
        }
        assertTrue(doc.sentences().stream().allMatch(s -> s.text().length() < 1_000), "a runaway sentence");
    }

    static Stream<Path> sampleArticles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }
}
