package org.claimgraph.ingest;

/**
 * Recognises UTF-16 without a byte-order mark from its NUL pattern: Latin-script text in UTF-16
 * has a zero in (nearly) every high byte and (nearly) no zero in the low bytes. Binary data does
 * not show this regular pattern, so it still goes to the binary check.
 */
final class Utf16Sniffer {

    private static final int SAMPLE = 4096;
    private static final int MIN_LENGTH = 8;

    private Utf16Sniffer() {}

    static boolean littleEndian(byte[] bytes) {
        return pattern(bytes, 1);
    }

    static boolean bigEndian(byte[] bytes) {
        return pattern(bytes, 0);
    }

    /** True when the bytes at {@code zeroParity} positions are nearly all NUL and the others nearly none. */
    private static boolean pattern(byte[] bytes, int zeroParity) {
        if (bytes.length < MIN_LENGTH || bytes.length % 2 != 0) return false;
        int n = Math.min(bytes.length, SAMPLE);
        int zerosWhereExpected = 0;
        int zerosElsewhere = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] != 0) continue;
            if (i % 2 == zeroParity) zerosWhereExpected++;
            else zerosElsewhere++;
        }
        int pairs = n / 2;
        return zerosWhereExpected >= pairs * 0.9 && zerosElsewhere == 0;
    }
}
