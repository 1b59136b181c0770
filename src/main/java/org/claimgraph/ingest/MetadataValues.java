package org.claimgraph.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Shared reading of metadata values: what counts as "unknown", and dates. */
final class MetadataValues {

    private static final Set<String> UNKNOWN = Set.of("", "unknown", "unbekannt", "n/a", "na", "none", "null", "-", "?");

    private MetadataValues() {}

    static boolean isUnknown(String value) {
        return value == null || UNKNOWN.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** A date in one of the forms of {@link DateValues}; empty for anything else, never guessed. */
    static Optional<PublicationDate> date(String value) {
        if (isUnknown(value)) return Optional.empty();
        return DateValues.parse(value);
    }
}
