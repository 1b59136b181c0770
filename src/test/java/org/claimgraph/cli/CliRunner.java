package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.store.FakePipeline;

/** Runs the real command line in-process with the stand-in pipeline, capturing its output. */
final class CliRunner {

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private CliRunner() {}

    static CliContext context() {
        return CliContext.defaults()
                .withPipeline(FakePipeline::processor, FakePipeline::mapper)
                .withData(GraphFactory::createDefaultGraph, GraphFactory::createDefaultGraph);
    }

    static Result run(String... args) {
        return run(context(), args);
    }

    static Result run(CliContext base, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = Main.run(base.withStreams(o, e), args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result serve(Consumer<ClaimServer> whileServing, String... args) {
        return run(context().withWhileServing(whileServing), args);
    }

    static Path resource(String name) {
        try {
            return Path.of(CliRunner.class.getResource("/cli/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
