package org.claimgraph.wikidata;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the claims come from: a TDB2 store or RDF files (default: the store in ./store). */
public final class DataOptions {

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: store).")
        Path store;

        @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
                description = "RDF files (Turtle, TriG, N-Quads, …) instead of a store.")
        List<Path> files;
    }

    Dataset load() {
        if (source == null) return ClaimData.load(Path.of("store"), List.of());
        return ClaimData.load(source.store, source.files);
    }
}
