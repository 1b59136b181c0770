package org.claimgraph;

/**
 * The caller's policy for problems found while processing, in the manner of RIOT's ErrorHandler:
 * a warning never stops work; an error stops the current item (article), and the handler decides
 * whether it also stops the batch (by rethrowing) or is recorded so the batch goes on.
 */
public interface ErrorHandler {

    void warning(String message, Location location);

    void error(ClaimgraphException problem);
}
