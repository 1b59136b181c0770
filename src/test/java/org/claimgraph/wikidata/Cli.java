package org.claimgraph.wikidata;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

import picocli.CommandLine;

/** Runs {@code wikidata …} the way the CLI will, capturing stdout and stderr. */
record Cli(int exit, String out, String err) {

    static Cli run(Supplier<WikidataClient.Builder> clients, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new WikidataCommand(clients));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    static Cli run(String... args) {
        return run(WikidataClient::builder, args);
    }
}
