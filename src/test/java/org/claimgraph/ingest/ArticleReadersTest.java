package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleReadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a.html | plain words | true",
            "a.HTM  | plain words | true",
            "a.txt  | '<!DOCTYPE html><html><body><p>x</p></body></html>' | true",
            "a      | '  <html><body><p>x</p></body></html>' | true",
            "a.txt  | 'date: 2026-01' | false",
            "a.txt  | '< 5 Prozent' | false",
            "a.txt  | '<3 Nutzer' | false"})
    void choosesReaderByNameOrContent(String name, String content, boolean html) {
        assertEquals(html, ArticleReaders.isHtml(name.strip(), content));
    }

    @ParameterizedTest
    @MethodSource("sampleArticles")
    void readsEverySampleArticle(Path file) throws IOException {
        Article a = ArticleReaders.create().read(file);
        assertEquals(file.getFileName().toString(), a.sourceFile());
        assertFalse(a.text().isBlank());
        boolean declaredUnknown = Files.readString(file).contains("date: unknown");
        assertEquals(declaredUnknown, a.date() == null, "dated exactly when the header gives a date");
        if (!file.getFileName().toString().startsWith("000_")) {
            assertNotNull(a.language(), "samples declare their language");
            assertTrue(a.url().startsWith("https://example.org/"), a.url());
        }
    }

    static Stream<Path> sampleArticles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x.txt  | 'url: https://example.org/t\ndate: 2026-03\n\nText body.' | false",
            "x.html | '<html lang=\"en\"><body><article><p>Text body.</p></article></body></html>' | true"})
    void dispatchesFiles(String name, String content, boolean html, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(name.strip());
        Files.writeString(file, content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        Article a = ArticleReaders.create().read(file);
        assertEquals("Text body.", a.text());
        assertEquals(html ? Language.EN : null, a.language());
    }
}
