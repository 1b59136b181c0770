package org.claimgraph.ingest;

/**
 * Decides whether bytes that are not UTF-8 are plausibly windows-1252 text: no bytes undefined in
 * 1252, no well-formed UTF-8 multi-byte sequence (which would mean a damaged UTF-8 file, not a 1252
 * one), and the high bytes mostly letters or typographic punctuation.
 */
final class Windows1252 {

    private static final double MIN_PLAUSIBLE_SHARE = 0.8;

    private Windows1252() {}

    static boolean plausible(byte[] bytes) {
        int high = 0;
        int good = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) continue;
            if (undefined(b)) return false;
            if (utf8SequenceAt(bytes, i)) return false;
            high++;
            if (plausibleChar(b)) good++;
        }
        return high > 0 && good >= high * MIN_PLAUSIBLE_SHARE;
    }

    /** 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in windows-1252. */
    private static boolean undefined(int b) {
        return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
    }

    /** Letters (0xC0-0xFF), and the quotes, dashes, euro, ellipsis and symbols of news text. */
    private static boolean plausibleChar(int b) {
        if (b >= 0xC0) return true;
        return switch (b) {
            case 0x80, 0x82, 0x84, 0x85, 0x8A, 0x8C, 0x8E, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
                 0x99, 0x9A, 0x9C, 0x9E, 0x9F, 0xA0, 0xA3, 0xA7, 0xA9, 0xAB, 0xAE, 0xB0, 0xB2, 0xB3,
                 0xB4, 0xB5, 0xB7, 0xBB, 0xBC, 0xBD, 0xBE -> true;
            default -> false;
        };
    }

    /** A lead byte followed by the right number of continuation bytes. */
    private static boolean utf8SequenceAt(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int continuation;
        if (b >= 0xC2 && b <= 0xDF) continuation = 1;
        else if (b >= 0xE0 && b <= 0xEF) continuation = 2;
        else if (b >= 0xF0 && b <= 0xF4) continuation = 3;
        else return false;
        if (i + continuation >= bytes.length) return false;
        for (int k = 1; k <= continuation; k++) {
            int c = bytes[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) return false;
        }
        return true;
    }
}
