package org.claimgraph.wikidata;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wikidata normalize}: rewrite a snapshot (say, a hand-made one) in the canonical form. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Rewrite a snapshot file in the canonical sorted Turtle form.")
public class NormalizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--snapshot", paramLabel = "FILE", defaultValue = "data/wikidata/snapshot.ttl",
            description = "Snapshot to rewrite (default: ${DEFAULT-VALUE}).")
    Path snapshot;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            Graph g = RdfFiles.readGraph(snapshot);
            boolean comments = java.nio.file.Files.readAllLines(snapshot).stream()
                    .anyMatch(l -> l.strip().startsWith("#") && !SnapshotWriter.isHeaderLine(l));
            SnapshotWriter.write(g, snapshot);
            if (comments) spec.commandLine().getErr().println("note: comments in " + snapshot + " are not kept by the canonical form");
            spec.commandLine().getOut().println("normalised " + snapshot + ": " + g.size() + " triples");
            spec.commandLine().getOut().flush();
            return 0;
        });
    }
}
