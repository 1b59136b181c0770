/**
 * The {@code claimgraph} command line (picocli). Commands get their collaborators from a
 * {@link org.claimgraph.cli.CliContext}, so tests run the real command line in-process; new
 * commands are registered in {@link org.claimgraph.cli.Main#subcommands()}.
 */
package org.claimgraph.cli;
