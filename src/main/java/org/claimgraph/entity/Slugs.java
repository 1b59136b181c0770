package org.claimgraph.entity;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Mints the readable IRI slug of an entity from its name: lower-case ASCII letters, digits and
 * single hyphens, deterministic, never empty. "Müller" becomes "mueller" (German convention, so
 * the slug matches how German speakers transliterate), "東京" becomes "dong-jing", "AT&T" "at-t".
 */
public final class Slugs {

    private static final int MAX_LENGTH = 80;
    // Transliterator instances are not thread-safe; the recogniser may run in parallel.
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Slugs() {
    }

    public static String slug(String name) {
        if (name == null) throw new IllegalArgumentException("name is null");
        String german = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        // ICU is only needed beyond ASCII; its first use costs seconds of rule loading
        String ascii = (isAscii(german) ? german : TO_ASCII.get().transliterate(german)).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(ascii.length());
        boolean hyphen = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                if (hyphen && sb.length() > 0) sb.append('-');
                sb.append(c);
                hyphen = false;
            } else if (c == '+') {
                // "C++" and "C" must not collide
                if (sb.length() > 0) sb.append('-');
                sb.append("plus");
                hyphen = true;
            } else {
                hyphen = true;
            }
        }
        String s = sb.length() > MAX_LENGTH ? trim(sb.substring(0, MAX_LENGTH)) : sb.toString();
        return s.isEmpty() ? "e-" + hash(name) : s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    private static String trim(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '-') end--;
        return s.substring(0, end);
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
