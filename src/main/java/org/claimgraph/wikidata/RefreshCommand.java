package org.claimgraph.wikidata;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.claimgraph.ClaimgraphException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wikidata refresh}: fetch the snapshot facts again for the catalogue's items, the items
 * already in the snapshot and any new ones, and replace the snapshot file in one move. When the
 * endpoint cannot be reached the old snapshot stays as it was.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Fetch labels, types and dated figures for the catalogue's Wikidata items into the snapshot.")
public class RefreshCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    WikidataCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "Entity catalogue (default: data/catalogue/entities.ttl).")
    Path catalogue;

    @Option(names = "--snapshot", paramLabel = "FILE", defaultValue = "data/wikidata/snapshot.ttl",
            description = "Snapshot to refresh (default: ${DEFAULT-VALUE}).")
    Path snapshot;

    @ArgGroup(exclusive = true)
    NewItems newItems;

    static final class NewItems {
        @Option(names = "--entities", paramLabel = "FILE", description = "More items, one Wikidata id per line.")
        Path entities;

        @Option(names = "--query", paramLabel = "FILE", description = "A SELECT query run at the endpoint; its first variable names more items.")
        Path query;
    }

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "50",
            description = "Items per request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, this::refresh);
    }

    private int refresh() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WikidataClient client = endpoint.client(parent.clientBuilder());
        TreeSet<Qid> items = new TreeSet<>();
        Path cat = catalogue != null ? catalogue : Path.of("data/catalogue/entities.ttl");
        if (catalogue != null || Files.exists(cat)) items.addAll(ItemSources.catalogue(cat));
        String old = null;
        if (Files.exists(snapshot)) {
            Graph previous = RdfFiles.readGraph(snapshot);
            items.addAll(SnapshotBuilder.subjects(previous));
            old = SnapshotWriter.toTurtle(previous);
        }
        if (newItems != null && newItems.entities != null) items.addAll(ItemSources.idList(newItems.entities));
        try {
            if (newItems != null && newItems.query != null) items.addAll(ItemSources.query(newItems.query, client));
            if (items.isEmpty()) {
                err.println("nothing to refresh: no items in the catalogue, the snapshot or the given list");
                return CommandSupport.FAILED;
            }
            Graph fresh = new SnapshotBuilder(client, batchSize, msg -> { err.println(msg); err.flush(); }).build(items);
            String text = SnapshotWriter.toTurtle(fresh);
            AtomicFiles.writeString(snapshot, text);
            TreeSet<Qid> missing = new TreeSet<>(items);
            missing.removeAll(SnapshotBuilder.subjects(fresh));
            // Deleted or merged (redirected) items come back empty: worth a look at the catalogue.
            if (!missing.isEmpty()) err.println("no data at the endpoint for: "
                    + missing.stream().map(Qid::toString).collect(java.util.stream.Collectors.joining(", ")));
            out.println("refreshed " + snapshot + ": " + items.size() + " items requested, "
                    + SnapshotBuilder.subjects(fresh).size() + " found, " + fresh.size() + " triples"
                    + (old == null ? "" : ", " + LineDiff.summary(old, text)));
            out.flush();
            return 0;
        } catch (ClaimgraphException e) {
            if (e.isUserError()) throw e;
            err.println("error: " + e.describe());
            err.println("the snapshot " + snapshot + " was left unchanged");
            err.flush();
            return CommandSupport.UNREACHABLE;
        }
    }
}
