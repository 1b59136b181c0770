package org.claimgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --store} option. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;
}
