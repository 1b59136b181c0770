package org.claimgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/** The formats claimgraph writes; {@code quads} says whether graph names survive. */
public enum ExportFormat {
    TURTLE("turtle", "ttl", RDFFormat.TURTLE_PRETTY, false),
    TRIG("trig", "trig", RDFFormat.TRIG_PRETTY, true),
    NQUADS("nquads", "nq", RDFFormat.NQUADS_UTF8, true),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD_PRETTY, true);

    private final String id;
    private final String extension;
    private final RDFFormat format;
    private final boolean quads;

    ExportFormat(String id, String extension, RDFFormat format, boolean quads) {
        this.id = id;
        this.extension = extension;
        this.format = format;
        this.quads = quads;
    }

    /** The name users type: turtle, trig, nquads, jsonld. */
    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    /** True when the format keeps named graphs. */
    public boolean isQuads() {
        return quads;
    }

    /** Parses a user's name for a format (case-insensitive; "ttl", "nq", "json-ld" accepted too). */
    public static ExportFormat parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        for (ExportFormat f : values())
            if (f.id.equals(n) || f.extension.equals(n)) return f;
        throw new InputException("unknown format '" + name + "'; use one of "
                + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", ")), Location.of("--format"));
    }

    @Override
    public String toString() {
        return id;
    }
}
