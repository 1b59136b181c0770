package org.claimgraph.export;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.store.ClaimStore;

/**
 * Writes the store, or one named graph of it, in a standard RDF syntax with the project prefixes.
 * Quad formats keep every named graph; Turtle gets the union of all graphs as one graph (the same
 * default graph users query). The content is copied out in one read transaction, so the export is
 * a consistent snapshot even while the store is written to.
 */
public final class Exporter {

    private final ClaimStore store;

    public Exporter(ClaimStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Writes to {@code target} atomically. {@code graph} null means the whole store. */
    public void export(ExportFormat format, Node graph, Path target) {
        DatasetGraph snapshot = snapshot(graph);
        AtomicFile.write(target, out -> write(snapshot, format, out));
    }

    /** Writes to a stream (e.g. standard output). {@code graph} null means the whole store. */
    public void export(ExportFormat format, Node graph, OutputStream out) {
        write(snapshot(graph), format, out);
    }

    /** An in-memory copy of what is exported, carrying the project prefixes. */
    DatasetGraph snapshot(Node graph) {
        return store.read(dsg -> {
            DatasetGraph copy = orderedDataset();
            copy.prefixes().putAll(ClaimPrefixes.prefixMap());
            if (graph == null) {
                dsg.find().forEachRemaining(copy::add);
            } else {
                if (!dsg.containsGraph(graph) || dsg.getGraph(graph).isEmpty())
                    throw new InputException("no such graph in the store: " + graph, Location.of(graph.toString()));
                dsg.getGraph(graph).find().forEachRemaining(t -> copy.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            return copy;
        });
    }

    /**
     * An in-memory dataset that writes its triples in the order they were added (an article
     * graph added claim by claim exports its claims in text order).
     */
    public static DatasetGraph orderedDataset() {
        return InsertionOrderGraph.dataset();
    }

    /** Writes a dataset (carrying its prefixes) in {@code format}; Turtle gets the union of its graphs. */
    public static void write(DatasetGraph snapshot, ExportFormat format, OutputStream out) {
        if (format.isQuads()) {
            RDFWriter.source(snapshot).format(format.rdfFormat()).output(out);
        } else {
            RDFWriter.source(union(snapshot)).format(format.rdfFormat()).output(out);
        }
    }

    private static Graph union(DatasetGraph snapshot) {
        Graph g = new InsertionOrderGraph();
        g.getPrefixMapping().setNsPrefixes(ClaimPrefixes.prefixMapping());
        snapshot.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
