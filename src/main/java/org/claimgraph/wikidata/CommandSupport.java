package org.claimgraph.wikidata;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.claimgraph.ClaimgraphException;

import picocli.CommandLine.Model.CommandSpec;

/** Runs a command body: our errors become one clear line on stderr and a non-zero exit code. */
final class CommandSupport {

    static final int FAILED = 1;
    static final int UNREACHABLE = 3;

    private CommandSupport() {}

    static int run(CommandSpec spec, Callable<Integer> body) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.call();
        } catch (ClaimgraphException e) {
            err.println("error: " + e.describe());
            err.flush();
            return FAILED;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return FAILED;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
