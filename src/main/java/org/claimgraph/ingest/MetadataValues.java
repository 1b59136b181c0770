package org.claimgraph.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared reading of metadata values: what counts as "unknown", and dates in ISO forms. */
final class MetadataValues {

    private static final Set<String> UNKNOWN = Set.of("", "unknown", "unbekannt", "n/a", "na", "none", "null", "-", "?");
    /** The date part of ISO 8601 date or date-time values: 2026-05-03, 2026-05, 2026-05-03T10:00:00Z. */
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?)(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private MetadataValues() {}

    static boolean isUnknown(String value) {
        return value == null || UNKNOWN.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** A date from an ISO date or date-time; empty for anything else, never guessed. */
    static Optional<PublicationDate> date(String value) {
        if (isUnknown(value)) return Optional.empty();
        Matcher m = ISO_PREFIX.matcher(value.strip());
        if (!m.matches()) return Optional.empty();
        return PublicationDate.parse(m.group(1));
    }
}
