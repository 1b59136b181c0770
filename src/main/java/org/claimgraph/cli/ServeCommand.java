package org.claimgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerConfig;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL (Fuseki): query at /kg/sparql and /kg/query, the Fuseki UI at /.",
                "The default graph is the union of all graphs. Read-only unless --update is given."})
final class ServeCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin StoreOption storeOption;

    @Mixin ArticleTimeoutOption articleTimeout;

    @Option(names = "--host", paramLabel = "H", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all)")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--update", description = "allow SPARQL Update and Graph Store writes (/kg/update, /kg/data)")
    boolean update;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "query time limit; a client's timeout parameter can only lower it (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "result rows per query, 0 for no cap; truncation is flagged in the "
                    + "X-Claimgraph-Truncated response header (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Option(names = "--allow-service", paramLabel = "URL", arity = "1..*",
            description = "SPARQL endpoint that SERVICE may call (repeatable); without it SERVICE is disabled")
    List<String> allowService = List.of();

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*",
            description = "ingest these articles (files or folders) before serving")
    List<Path> ingest = List.of();

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!ingest.isEmpty()) InputFiles.expand(ingest); // a missing path is reported before the store is touched
        ServerConfig config = ServerConfig.builder().host(host).port(port).allowUpdate(update)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows)
                .allowServices(allowService).build();
        try (ClaimStore store = ClaimStore.open(storeOption.store)) {
            StoreData.loadReferenceGraphs(store, context);
            if (!ingest.isEmpty()) IngestCommand.ingest(store, ingest, context, articleTimeout);
            try (ClaimServer server = ClaimServer.of(store.datasetGraph(), config).start()) {
                Thread hook = new Thread(() -> {
                    server.close();
                    store.close();
                }, "claimgraph-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                context.out().println("claimgraph: SPARQL endpoint " + server.sparqlUrl()
                        + (update ? " (updates allowed)" : " (read-only)") + ", UI " + server.baseUrl() + "/");
                context.out().flush();
                context.whileServing().accept(server);
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        return Main.OK;
    }
}
