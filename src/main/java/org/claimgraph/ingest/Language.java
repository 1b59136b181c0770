package org.claimgraph.ingest;

import java.util.Locale;
import java.util.Optional;

/** The article languages claimgraph reads. */
public enum Language {
    DE("de", Locale.GERMAN),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** BCP 47 tag, as written in {@code schema:inLanguage}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** "de", "DE", "de-AT", "en_US", "German"… to a language; empty for anything else. */
    public static Optional<Language> fromTag(String s) {
        if (s == null) return Optional.empty();
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("de") || t.startsWith("ger")) return Optional.of(DE);
        if (t.startsWith("en")) return Optional.of(EN);
        return Optional.empty();
    }
}
