package org.claimgraph.ingest;

import org.claimgraph.InputException;
import org.claimgraph.Location;

/** Rejects files that are not text at all: NUL bytes or many control characters. */
final class BinarySniffer {

    /** More control characters than this share of the sample means binary. */
    private static final double MAX_CONTROL_RATIO = 0.02;
    private static final int SAMPLE = 64 * 1024;

    private BinarySniffer() {}

    /** On raw bytes, for files without a byte-order mark (UTF-16 text legitimately has NULs). */
    static void check(byte[] bytes, String source) {
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) throw binary("NUL byte", bytes, i, source);
            if (i < n && isControl(b)) control++;
        }
        if (control > Math.max(2, n * MAX_CONTROL_RATIO)) {
            throw new InputException("binary file: " + control + " control characters in the first "
                    + n + " bytes", Location.of(source));
        }
    }

    /** On decoded text, which catches binary content behind a UTF-16 byte-order mark. */
    static void checkText(String text, String source) {
        int n = Math.min(text.length(), SAMPLE);
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) throw new InputException("binary file: NUL character at character offset " + i,
                    Location.at(source, -1, i));
            if (i < n && isControl(c)) control++;
        }
        if (control > Math.max(2, n * MAX_CONTROL_RATIO)) {
            throw new InputException("binary file: " + control + " control characters in the first "
                    + n + " characters", Location.of(source));
        }
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static InputException binary(String what, byte[] bytes, int offset, String source) {
        return new InputException("binary file: " + what + " at byte offset " + offset,
                Location.at(source, ArticleDecoder.lineOf(bytes, offset), offset));
    }
}
