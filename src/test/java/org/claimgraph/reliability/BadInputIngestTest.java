package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.rdf.CG;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.IngestSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input end to end: files go through the real extraction chain and IngestService into a real
 * TDB2 store. Every file is either stored whole or reported with its name and a reason; nothing
 * partial stays behind, and the batch goes on.
 */
class BadInputIngestTest {

    @TempDir Path dir;
    private ClaimStore store;

    @BeforeEach
    void open() {
        store = ClaimStore.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static byte[] binary() {
        byte[] b = new byte[4096];
        new Random(42).nextBytes(b);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(png, 0, b, 0, png.length);
        return b;
    }

    @Test
    void oneBadFileAmongAHundredIsReportedAndTheOthersAreStored() throws Exception {
        Path folder = dir.resolve("in");
        List<Path> files = Corpus.write(folder, 100);
        Path bad = files.get(50);
        Files.write(bad, binary());

        IngestSummary s = Corpus.ingest(store).ingest(List.of(folder));

        assertEquals(100, s.filesSeen());
        assertEquals(99, s.articlesStored(), s.describe());
        assertEquals(1, s.failures().size(), s.describe());
        assertEquals(s.filesSeen(), s.articlesStored() + s.failures().size(), "every file accounted for");
        IngestSummary.Failure f = s.failures().get(0);
        assertTrue(f.file().endsWith(bad.getFileName().toString()), f.file());
        assertTrue(f.reason().contains("binary"), f.reason());
        assertEquals(99, Corpus.articleGraphs(store));
        assertEquals(0, Corpus.count(store, Corpus.graphOf(bad.getFileName().toString())));
        for (int i : new int[] {0, 49, 51, 99})
            assertTrue(Corpus.count(store, Corpus.graphOf(Corpus.name(i))) > 5, "article " + i + " stored");
    }

    static Stream<Arguments> rejected() {
        String good = Corpus.article(2);
        byte[] badUtf8 = (good + "Umsatz ").getBytes(StandardCharsets.UTF_8);
        byte[] withUndefined = new byte[badUtf8.length + 3];
        System.arraycopy(badUtf8, 0, withUndefined, 0, badUtf8.length);
        // a lead byte without its continuation (invalid UTF-8), then 0x81, undefined in windows-1252
        withUndefined[badUtf8.length] = (byte) 0xC3;
        withUndefined[badUtf8.length + 1] = (byte) 0x28;
        withUndefined[badUtf8.length + 2] = (byte) 0x81;
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(100_000)).append("<p>Helios Labs steigerte den Umsatz um 5 Prozent.</p>");
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], ""),
                Arguments.of("blank.txt", "   \n\n \t \n".getBytes(StandardCharsets.UTF_8), ""),
                Arguments.of("image.txt", binary(), "binary"),
                Arguments.of("image.html", binary(), "binary"),
                Arguments.of("nul.txt", (good + "mit\0NUL").getBytes(StandardCharsets.UTF_8), "NUL"),
                Arguments.of("invalid-utf8.txt", withUndefined, ""),
                Arguments.of("deep.html", deep.toString().getBytes(StandardCharsets.UTF_8), "deep"),
                Arguments.of("only-furniture.html",
                        "<html><body><p>Anzeige</p><p>7 Bilder ansehen</p></body></html>".getBytes(StandardCharsets.UTF_8), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectedWithFileAndReasonAndNothingStored(String name, byte[] content, String reasonFragment) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Path good = Files.writeString(dir.resolve("good.txt"), Corpus.article(4));
        long t0 = System.nanoTime();
        IngestSummary s = Corpus.ingest(store).ingest(List.of(file, good));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1, s.articlesStored(), s.describe());
        assertEquals(1, s.failures().size(), s.describe());
        IngestSummary.Failure f = s.failures().get(0);
        assertEquals(file.toString(), f.file());
        assertFalse(f.reason() == null || f.reason().isBlank(), "a reason is given");
        assertTrue(f.reason().toLowerCase().contains(reasonFragment.toLowerCase()), f.reason());
        assertEquals(1, Corpus.articleGraphs(store), "only the good file is stored");
        assertTrue(ms < 20_000, "took " + ms + " ms");
        System.out.println("rejected " + name + ": " + f.reason());
    }

    @Test
    void fiftyMegabyteSingleLineIsRejectedByTheSizeCapWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = "Umsatz stieg um 5 Prozent ".repeat(4000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) out.write(chunk);
        }
        Corpus.processor(); // built before timing: the catalogue index is not what is measured
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        IngestSummary s = Corpus.ingest(store).ingest(List.of(file));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long after = rt.totalMemory() - rt.freeMemory();
        assertEquals(0, s.articlesStored());
        assertTrue(s.failures().get(0).reason().contains("bytes"), s.failures().get(0).reason());
        assertTrue(ms < 5_000, "took " + ms + " ms");
        assertTrue(after - before < 40L * 1024 * 1024, "heap grew by " + (after - before) + " bytes: the file was read");
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("windows-1252", new byte[0], Charset.forName("windows-1252")),
                Arguments.of("UTF-16LE with BOM", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE with BOM", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
                Arguments.of("UTF-8 with BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void encodingsAreDecodedNeverMojibake(String label, byte[] bom, Charset charset) throws Exception {
        String text = "date 2025-03\n\nGrößere Zuwächse für Quarzwerk.\n"
                + "Quarzwerk steigerte den Umsatz um 12 Prozent auf 3 Milliarden €. Die Übernahme – so heißt es – ist abgeschlossen.\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(text.getBytes(charset));
        Path file = Files.write(dir.resolve("enc.txt"), bytes.toByteArray());
        IngestSummary s = Corpus.ingest(store).ingest(List.of(file));
        assertEquals(1, s.articlesStored(), s.describe());
        String stored = storedText("enc.txt");
        for (String exact : List.of("Größere Zuwächse", "3 Milliarden €", "Die Übernahme – so heißt es – ist"))
            assertTrue(stored.contains(exact), "missing '" + exact + "' in: " + stored);
        assertFalse(stored.contains("Ã") || stored.contains("\uFFFD") || stored.contains("\uFEFF"), stored);
    }

    private String storedText(String fileName) {
        Node g = Corpus.graphOf(fileName);
        return store.read(dsg -> {
            var it = dsg.find(g, Node.ANY, CG.text, Node.ANY);
            assertTrue(it.hasNext(), "no cg:text in " + g);
            return it.next().getObject().getLiteralLexicalForm();
        });
    }

    /** JSON-LD in a page names a remote @context: reading the page must not fetch it. */
    @Test
    void jsonLdContextIsNeverFetched() throws Exception {
        try (ServerSocket canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread t = new Thread(() -> {
                while (!canary.isClosed()) {
                    try (Socket s = canary.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            String ctx = "http://127.0.0.1:" + canary.getLocalPort() + "/context.jsonld";
            String html = "<html><head><title>Helios Labs</title><script type=\"application/ld+json\">"
                    + "{\"@context\": \"" + ctx + "\", \"@type\": \"NewsArticle\", \"datePublished\": \"2025-02-03\","
                    + " \"headline\": \"Helios Labs wächst\"}</script></head><body><article>"
                    + "<h1>Helios Labs wächst</h1><p>Helios Labs steigerte den Umsatz um 9 Prozent auf 4 Milliarden Euro.</p>"
                    + "<p>Der Konzern beschäftigt 3000 Mitarbeiter.</p></article></body></html>";
            Path file = Files.writeString(dir.resolve("ld.html"), html);
            IngestSummary s = Corpus.ingest(store).ingest(List.of(file));
            assertEquals(1, s.articlesStored(), s.describe());
            Thread.sleep(200);
            assertEquals(0, connections.get(), "the remote @context was fetched");
        }
    }

    static Stream<Arguments> soft() {
        return Stream.of(
                Arguments.of("bad-date.txt", "url: https://example.org/a\ndate: 31.13.20xx\nlang: de\ntitle: Quarzwerk wächst\n\n"
                        + "Quarzwerk steigerte den Umsatz um 12 Prozent auf 3 Milliarden Euro.\n"),
                Arguments.of("truncated.html", "<html><head><title>Helios Labs</title></head><body><article><p>Helios Labs "
                        + "steigerte den Umsatz um 5 Prozent auf 2 Milliarden Euro.</p><p>Der Konzern beschäftigt 3000 Mitar"));
    }

    /** Damaged but usable files are stored, with what is unknown left out rather than invented. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("soft")
    void damagedButUsableFilesAreStoredWithoutInventedMetadata(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        IngestSummary s = Corpus.ingest(store).ingest(List.of(file));
        assertEquals(1, s.articlesStored(), s.describe());
        Node g = Corpus.graphOf(name);
        long dates = store.read((DatasetGraph dsg) -> Corpus.count(dsg, g)
                - dsg.stream(g, Node.ANY, Node.ANY, Node.ANY)
                        .filter(q -> !q.getPredicate().getURI().equals("https://schema.org/datePublished")).count());
        assertEquals(0, dates, "no date is invented");
        assertTrue(storedText(name).contains("steigerte den Umsatz um"));
    }
}
