package org.claimgraph.wikidata;

import java.util.Objects;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph wikidata …}: keep the Wikidata snapshot fresh, link entities, compare figures. */
@Command(name = "wikidata", mixinStandardHelpOptions = true,
        description = "Refresh the Wikidata snapshot, link entities to Wikidata, compare claims with Wikidata.",
        subcommands = {RefreshCommand.class, NormalizeCommand.class, UnlinkedCommand.class, LinkCommand.class,
                CompareCommand.class})
public class WikidataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final Supplier<WikidataClient.Builder> clients;

    public WikidataCommand() {
        this(WikidataClient::builder);
    }

    /** Tests pass a builder template (a recording sleeper, a fixed clock); the options are applied on top. */
    WikidataCommand(Supplier<WikidataClient.Builder> clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    WikidataClient.Builder clientBuilder() {
        return clients.get();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: refresh, normalize, unlinked, link or compare");
    }
}
