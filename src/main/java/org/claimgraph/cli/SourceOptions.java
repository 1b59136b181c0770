package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --store DIR | --data FILE…} (one of them): where a read-only command takes its data from. */
public class SourceOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store)")
    Path store;

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
            description = "RDF files (TriG, Turtle, N-Quads, JSON-LD) read into memory instead of a store")
    List<Path> data;
}
