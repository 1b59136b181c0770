package org.claimgraph.cli;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.claimgraph.pipeline.ArticleProcessor;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.server.ClaimServer;

/**
 * What the commands work with, passed in rather than reached for, so tests can run the real
 * command line with a stand-in pipeline and their own output streams.
 *
 * @param interactive  true on a terminal: draw a progress bar
 * @param whileServing called with the running server; the default blocks until it stops
 */
public record CliContext(Supplier<ArticleProcessor> processor, Supplier<ArticleMapper> mapper,
                         Supplier<Graph> ontology, Supplier<Graph> catalogue,
                         PrintStream out, PrintStream err, boolean interactive,
                         Consumer<ClaimServer> whileServing) {

    public CliContext {
        Objects.requireNonNull(processor, "processor");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(whileServing, "whileServing");
    }

    /** The production context: real components, standard streams, progress on a terminal. */
    public static CliContext defaults() {
        return new CliContext(Components::processor, Components::mapper, Components::ontology, Components::catalogue,
                System.out, System.err, System.console() != null, ClaimServer::join);
    }

    public CliContext withPipeline(Supplier<ArticleProcessor> p, Supplier<ArticleMapper> m) {
        return new CliContext(p, m, ontology, catalogue, out, err, interactive, whileServing);
    }

    public CliContext withData(Supplier<Graph> o, Supplier<Graph> c) {
        return new CliContext(processor, mapper, o, c, out, err, interactive, whileServing);
    }

    public CliContext withStreams(PrintStream o, PrintStream e) {
        return new CliContext(processor, mapper, ontology, catalogue, o, e, interactive, whileServing);
    }

    public CliContext withWhileServing(Consumer<ClaimServer> w) {
        return new CliContext(processor, mapper, ontology, catalogue, out, err, interactive, w);
    }
}
