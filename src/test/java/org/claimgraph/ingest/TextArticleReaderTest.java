package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.claimgraph.ErrorHandlers;
import org.claimgraph.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextArticleReaderTest {

    /** content, expected url, date, language, title, start of body, number of warnings. */
    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of(" date 2026-03 Ein Titel steht vorn. Danach folgt der Text.", null, "2026-03", null, null,
                        "Ein Titel steht vorn.", 0),
                Arguments.of("date 2026-03-17\nThe headline sits here. Body text follows.", null, "2026-03-17", null, null,
                        "The headline sits here.", 0),
                Arguments.of("\uFEFF\n  date 2026-11 Nach BOM und Leerzeilen. Text.", null, "2026-11", null, null,
                        "Nach BOM und Leerzeilen.", 0),
                Arguments.of("date 2026-13 Falscher Monat im Kopf. Text.", null, null, null, null,
                        "Falscher Monat im Kopf.", 1),
                Arguments.of("url: https://example.org/a\ndate: 2026-05\nlang: de\n\nDer Text beginnt hier.",
                        "https://example.org/a", "2026-05", "de", null, "Der Text beginnt hier.", 0),
                Arguments.of("URL: https://example.org/b\nDate: 2026-05-04\nLang: EN\nTitle: A Title\n\nText here.",
                        "https://example.org/b", "2026-05-04", "en", "A Title", "Text here.", 0),
                Arguments.of("url: unknown\ndate: unknown\nlang: unknown\ntitle: unknown\n\nNur Text ohne Angaben.",
                        null, null, null, null, "Nur Text ohne Angaben.", 0),
                Arguments.of("url: https://example.org/c\n\nNo date and no language given.",
                        "https://example.org/c", null, null, null, "No date and no language given.", 0),
                Arguments.of("url: https://example.org/d\ndate: 31.02.2026\nlang: de\n\nEin kaputtes Datum.",
                        "https://example.org/d", null, "de", null, "Ein kaputtes Datum.", 1),
                Arguments.of("date: 2026-04-30T22:05:00Z\nlang: en-US\n\nA timestamp header.",
                        null, "2026-04-30", "en", null, "A timestamp header.", 0),
                Arguments.of("date: 2026-06\nlang: fr\n\nUne langue non prise en charge.",
                        null, "2026-06", null, null, "Une langue non prise en charge.", 1),
                Arguments.of("date: 2026-07\nlang: de\nDer Text folgt ohne Leerzeile.",
                        null, "2026-07", "de", null, "Der Text folgt ohne Leerzeile.", 0),
                Arguments.of("Frankfurt: Der Konzern meldet Zahlen. Mehr folgt.", null, null, null, null,
                        "Frankfurt: Der Konzern meldet Zahlen.", 0),
                Arguments.of("Plain text without any header at all.", null, null, null, null,
                        "Plain text without any header at all.", 0),
                Arguments.of("url: https://example.org/e\r\ndate: 2026-02\r\nlang: de\r\n\r\nWindows-Zeilenenden.\r\n",
                        "https://example.org/e", "2026-02", "de", null, "Windows-Zeilenenden.", 0));
    }

    @ParameterizedTest
    @MethodSource("headers")
    void readsHeaderStyles(String content, String url, String date, String lang, String title, String bodyStart,
                           int warnings) {
        ErrorHandlers.Collecting handler = ErrorHandlers.collecting();
        Article a = TextArticleReader.builder().errorHandler(handler).build().parse(content, "t.txt");
        assertEquals("t.txt", a.sourceFile());
        assertEquals(url, a.url());
        assertEquals(date, a.date() == null ? null : a.date().lexical());
        assertEquals(lang, a.language() == null ? null : a.language().tag());
        assertEquals(title, a.headline());
        assertTrue(a.text().startsWith(bodyStart), a.text());
        assertEquals(warnings, handler.warnings().size(), handler.warnings().toString());
        assertTrue(handler.warnings().stream().allMatch(w -> w.startsWith("t.txt")), handler.warnings().toString());
    }

    @Test
    void badDateWarningNamesTheLine() {
        ErrorHandlers.Collecting handler = ErrorHandlers.collecting();
        TextArticleReader.builder().errorHandler(handler).build()
                .parse("url: https://example.org/x\ndate: gestern\n\nText.", "x.txt");
        assertEquals(1, handler.warnings().size());
        assertTrue(handler.warnings().get(0).startsWith("x.txt:2"), handler.warnings().get(0));
    }

    @Test
    void headerWithoutBodyIsRejected() {
        InputException e = assertThrows(InputException.class,
                () -> TextArticleReader.create().parse("url: https://example.org/x\ndate: 2026-01\n\n   \n", "h.txt"));
        assertEquals("h.txt", e.location().source());
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
    }

    @Test
    void overlongLineIsRejectedWithItsLineNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.txt");
        Files.writeString(file, "date: 2026-01\n\nShort line.\n" + "x".repeat(5_000) + "\n", StandardCharsets.UTF_8);
        TextArticleReader reader = TextArticleReader.builder()
                .limits(InputLimits.builder().maxLineChars(1_000).build()).build();
        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertEquals("long.txt", e.location().source());
        assertEquals(4, e.location().line());
    }

    @Test
    void readsFromFileWithSourceName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("201_en_sample.txt");
        Files.writeString(file, "url: https://example.org/s\ndate: 2026-08\nlang: en\n\nA sentence.", StandardCharsets.UTF_8);
        Article a = TextArticleReader.create().read(file);
        assertEquals("201_en_sample.txt", a.sourceFile());
        assertEquals("A sentence.", a.text());
        assertEquals(Language.EN, a.language());
    }
}
