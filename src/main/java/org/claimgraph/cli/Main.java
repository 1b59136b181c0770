package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.claimgraph.ClaimgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code claimgraph} command line. Exit codes: 0 ok, 1 the user's mistake (bad argument, bad
 * input, some files failed), 2 an internal error.
 */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns news articles about technology companies into an RDF knowledge graph of claims,"
                + " stores it in TDB2 and serves it over SPARQL.",
        footer = {"", "Run 'claimgraph COMMAND --help' for the options of a command."})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    @Spec CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(CliContext.defaults(), args));
    }

    /** Runs the command line in-process and returns the exit code. */
    public static int run(CliContext context, String... args) {
        return commandLine(context).execute(args);
    }

    /**
     * The subcommands, in the order help lists them. Another command group (e.g. {@code wikidata})
     * is added here with one line.
     */
    static Map<String, Function<CliContext, Object>> subcommands() {
        Map<String, Function<CliContext, Object>> m = new LinkedHashMap<>();
        m.put("ingest", IngestCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("query", QueryCommand::new);
        m.put("extract", ExtractCommand::new);
        m.put("export", ExportCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("stats", StatsCommand::new);
        m.put("wikidata", context -> new org.claimgraph.wikidata.WikidataCommand());
        return m;
    }

    public static CommandLine commandLine(CliContext context) {
        CommandLine cmd = new CommandLine(new Main());
        subcommands().forEach((name, factory) -> cmd.addSubcommand(name, factory.apply(context)));
        cmd.setOut(new PrintWriter(context.out(), true));
        cmd.setErr(new PrintWriter(context.err(), true));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof ClaimgraphException ce && ce.isUserError()) {
                err.println("claimgraph: " + ce.describe());
                return USER_ERROR;
            }
            String what = ex instanceof ClaimgraphException ce ? ce.describe() : ex.toString();
            err.println("claimgraph: internal error: " + what);
            ex.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("claimgraph: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return USER_ERROR;
        });
        return cmd;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (" + String.join(", ", subcommands().keySet()) + ")");
    }
}
