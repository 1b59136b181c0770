package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.Exporter;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store, or one named graph, as RDF with the project prefixes.",
                "TriG, N-Quads and JSON-LD keep every named graph; Turtle writes the union of all graphs."
                        + " A file given with --output is replaced atomically."})
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin StoreOption storeOption;

    @Option(names = "--graph", paramLabel = "IRI", description = "export only this named graph")
    String graph;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "trig, turtle, nquads or jsonld")
    ExportFormat format;

    @Option(names = "--output", paramLabel = "F", description = "output file (default: standard output)")
    Path output;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Node g = null;
        if (graph != null) {
            if (!IRIs.check(graph)) throw new InputException("not an absolute IRI: " + graph, Location.of("--graph"));
            g = NodeFactory.createURI(graph);
        }
        try (ClaimStore store = ClaimStore.openExisting(storeOption.store)) {
            Exporter exporter = new Exporter(store);
            if (output == null) {
                exporter.export(format, g, context.out());
                context.out().flush();
            } else {
                exporter.export(format, g, output);
            }
        }
        return Main.OK;
    }
}
