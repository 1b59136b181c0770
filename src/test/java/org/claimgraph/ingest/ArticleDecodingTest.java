package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.claimgraph.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Charset detection and rejection of unusable files, on real files in a temporary directory. */
class ArticleDecodingTest {

    private static final String BODY = "Größere Änderungen für Übersee – „Quartal“ mit 5 € Plus, sagte Müller.";
    private static final String ARTICLE = "url: https://example.org/x\ndate: 2026-02\nlang: de\n\n" + BODY;

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("utf-8", new byte[0], StandardCharsets.UTF_8),
                Arguments.of("utf-8 with BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                Arguments.of("utf-16le with BOM", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of("utf-16be with BOM", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
                Arguments.of("windows-1252", new byte[0], Charset.forName("windows-1252")),
                Arguments.of("utf-16le without BOM", new byte[0], StandardCharsets.UTF_16LE),
                Arguments.of("utf-16be without BOM", new byte[0], StandardCharsets.UTF_16BE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodesEncodings(String name, byte[] bom, Charset charset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(ARTICLE.getBytes(charset));
        Path file = write("enc.txt", out.toByteArray());
        Article a = ArticleReaders.create().read(file);
        assertEquals(BODY, a.text());
        assertEquals("https://example.org/x", a.url());
        assertEquals(Language.DE, a.language());
    }

    @Test
    void invalidUtf8ThatIsNotWindows1252IsRejectedWithOffset() throws Exception {
        // Valid UTF-8 umlauts prove the file is UTF-8; the stray byte is damage, not another charset.
        byte[] good = "Zeile eins mit Ä.\nZeile zwei mit ü und ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xC3, 0x28}, " Ende.".getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> ArticleReaders.create().read(write("bad.txt", bytes)));
        assertEquals("bad.txt", e.location().source());
        assertEquals(good.length, e.location().offset());
        assertEquals(2, e.location().line());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void bytesUndefinedInWindows1252AreRejected() throws Exception {
        byte[] bytes = concat("Text mit ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, (byte) 0x9D},
                " Rest.".getBytes(StandardCharsets.US_ASCII));
        InputException e = assertThrows(InputException.class, () -> ArticleReaders.create().read(write("u.txt", bytes)));
        assertEquals(9, e.location().offset());
    }

    @Test
    void invalidUtf8AfterABomIsRejectedWithOffset() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Satz eins.\nZwei ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF}, " Ende.".getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> ArticleReaders.create().read(write("bom.txt", bytes)));
        assertEquals(3 + 16, e.location().offset());
        assertEquals(2, e.location().line());
    }

    @Test
    void nulBytesMeanBinary() throws Exception {
        byte[] bytes = concat("PK".getBytes(StandardCharsets.US_ASCII), new byte[] {3, 4, 0, 0, 20, 0}, "abc".getBytes());
        InputException e = assertThrows(InputException.class, () -> ArticleReaders.create().read(write("a.zip", bytes)));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertEquals(4, e.location().offset());
    }

    @Test
    void manyControlCharactersMeanBinary() throws Exception {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        InputException e = assertThrows(InputException.class, () -> ArticleReaders.create().read(write("c.bin", bytes)));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void binaryBehindUtf16BomIsRejected() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 'a', 0});
        assertThrows(InputException.class, () -> ArticleReaders.create().read(write("b.txt", bytes)));
    }

    @ParameterizedTest
    @MethodSource("emptyContents")
    void emptyOrBlankFilesAreRejected(byte[] content) throws Exception {
        InputException e = assertThrows(InputException.class, () -> ArticleReaders.create().read(write("e.txt", content)));
        assertEquals("e.txt", e.location().source());
    }

    static Stream<byte[]> emptyContents() {
        return Stream.of(new byte[0], " \n\t\r\n  ".getBytes(), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'},
                "url: https://example.org/x\ndate: 2026-01\n\n\n".getBytes());
    }

    @Test
    void fileOverTheConfiguredCapIsRejected() throws Exception {
        Path file = write("big.txt", ("Satz. ".repeat(50)).getBytes(StandardCharsets.UTF_8));
        ArticleReaders reader = ArticleReaders.builder().limits(InputLimits.builder().maxBytes(100).build()).build();
        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("limit of 100 bytes"), e.getMessage());
    }

    @Test
    void hugeFileIsRejectedBeforeReading() throws Exception {
        // A sparse 3 GB file: reading it would exhaust the heap, so the quick rejection proves the size check.
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3L * 1024 * 1024 * 1024);
        }
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> ArticleReaders.create().read(file)));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(InputLimits.DEFAULT_MAX_BYTES)), e.getMessage());
    }

    @Test
    void missingFileIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> ArticleReaders.create().read(dir.resolve("none.txt")));
        assertEquals("none.txt", e.location().source());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
