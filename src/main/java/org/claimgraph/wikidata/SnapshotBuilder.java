package org.claimgraph.wikidata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fetches the snapshot facts for a set of items in batches (one VALUES query per batch), so a
 * catalogue of hundreds of items costs a handful of polite requests.
 */
public final class SnapshotBuilder {

    public static final int DEFAULT_BATCH_SIZE = 50;

    private final WikidataClient client;
    private final int batchSize;
    private final Consumer<String> progress;

    public SnapshotBuilder(WikidataClient client, int batchSize, Consumer<String> progress) {
        this.client = Objects.requireNonNull(client, "client");
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be ≥ 1: " + batchSize);
        this.batchSize = batchSize;
        this.progress = progress == null ? s -> {} : progress;
    }

    /** All facts for the items; items Wikidata does not know simply contribute nothing. */
    public Graph build(Collection<Qid> items) {
        List<Qid> sorted = new ArrayList<>(new TreeSet<>(items));
        Graph out = GraphFactory.createDefaultGraph();
        int batches = (sorted.size() + batchSize - 1) / batchSize;
        for (int i = 0; i < batches; i++) {
            List<Qid> batch = sorted.subList(i * batchSize, Math.min(sorted.size(), (i + 1) * batchSize));
            progress.accept("batch " + (i + 1) + "/" + batches + ": " + batch.size() + " items");
            Graph part = client.construct(SnapshotQuery.forItems(batch).serialize());
            // Statement nodes keep their identity per batch; batches never share statements.
            part.find().forEachRemaining(out::add);
        }
        return out;
    }

    /** Items that have at least one fact in the graph (the subjects with a wd: IRI). */
    public static TreeSet<Qid> subjects(Graph g) {
        TreeSet<Qid> ids = new TreeSet<>();
        g.find(Node.ANY, Node.ANY, Node.ANY).mapWith(Triple::getSubject).forEachRemaining(
                s -> Qid.of(s).ifPresent(ids::add));
        return ids;
    }
}
