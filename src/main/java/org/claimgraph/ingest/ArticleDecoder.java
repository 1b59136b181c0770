package org.claimgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/**
 * Turns a file's bytes into text. Deterministic rather than statistical: a byte-order mark decides
 * UTF-8/UTF-16 (as does the NUL pattern of Latin-script UTF-16 without one); otherwise the bytes
 * must be valid UTF-8, and only when they are not and look like
 * windows-1252 (German umlauts of older sites) is that used. Anything else is rejected with the byte
 * offset of the first bad byte, because guessing would put mojibake into the graph.
 */
final class ArticleDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ArticleDecoder() {}

    static String decode(byte[] bytes, String source) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8, source);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, source);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, source);
        } else if (Utf16Sniffer.littleEndian(bytes)) {
            text = strict(bytes, 0, StandardCharsets.UTF_16LE, source);
        } else if (Utf16Sniffer.bigEndian(bytes)) {
            text = strict(bytes, 0, StandardCharsets.UTF_16BE, source);
        } else {
            BinarySniffer.check(bytes, source);
            text = utf8OrWindows1252(bytes, source);
        }
        BinarySniffer.checkText(text, source);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isBlank()) throw new InputException("file holds only whitespace", Location.of(source));
        return text;
    }

    private static String utf8OrWindows1252(byte[] bytes, String source) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder(StandardCharsets.UTF_8).decode(in, out, true);
        if (!result.isError()) {
            return out.flip().toString();
        }
        int offset = in.position();
        if (Windows1252.plausible(bytes)) return new String(bytes, WINDOWS_1252);
        throw new InputException(String.format(
                "not valid UTF-8 (byte 0x%02X at offset %d) and not plausible windows-1252", bytes[offset] & 0xFF, offset),
                Location.at(source, lineOf(bytes, offset), offset));
    }

    private static String strict(byte[] bytes, int skip, Charset charset, String source) {
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder(charset).decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            // Counting LF bytes gives the line only in ASCII-compatible encodings, not in UTF-16.
            long line = charset == StandardCharsets.UTF_8 ? lineOf(bytes, offset) : -1;
            throw new InputException("invalid " + charset.name() + " at byte offset " + offset,
                    Location.at(source, line, offset));
        }
        return out.flip().toString();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** 1-based line of a byte offset, counting LF bytes (valid for the ASCII-compatible encodings). */
    static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
