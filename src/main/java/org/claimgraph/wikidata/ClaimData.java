package org.claimgraph.wikidata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/**
 * The claims and entities to work on, read from a TDB2 store or from RDF files into memory. Named
 * graphs are kept (one per article) and the default graph is their union, as in the server and in
 * {@code claimgraph query}; a Turtle file's triples get a graph named after the file. The Wikidata
 * snapshot graph, when present, stays out of the union.
 */
public final class ClaimData {

    public static final Node WIKIDATA_GRAPH = NodeFactory.createURI(WdVocab.WIKIDATA_GRAPH);

    private ClaimData() {}

    public static Dataset load(Path store, List<Path> files) {
        DatasetGraph work = DatasetGraphFactory.createTxnMem();
        if (store != null) copyStore(store, work);
        if (files != null) for (Path f : files) copyFile(f, work);
        return DatasetFactory.wrap(work);
    }

    private static void copyStore(Path dir, DatasetGraph work) {
        if (!Files.isDirectory(dir)) throw new InputException("no such store directory", Location.of(dir.toString()));
        Dataset tdb = TDB2Factory.connectDataset(dir.toString());
        Txn.executeRead(tdb, () -> {
            tdb.asDatasetGraph().find().forEachRemaining(q -> add(work, q.getGraph(), q));
        });
    }

    private static void copyFile(Path file, DatasetGraph work) {
        DatasetGraph dsg = RdfFiles.readDataset(file);
        Node fileGraph = NodeFactory.createURI(file.toAbsolutePath().toUri().toString());
        dsg.find().forEachRemaining(q -> add(work, q.isDefaultGraph() ? fileGraph : q.getGraph(), q));
    }

    private static void add(DatasetGraph work, Node graph, Quad q) {
        Node g = Quad.isDefaultGraph(graph) ? Quad.defaultGraphNodeGenerated : graph;
        if (!Quad.isDefaultGraph(g)) work.add(g, q.getSubject(), q.getPredicate(), q.getObject());
        if (!WIKIDATA_GRAPH.equals(g)) work.getDefaultGraph().add(q.asTriple());
    }

    /** Adds the snapshot as the Wikidata graph (replacing any copy that came with the store). */
    public static void addSnapshot(Dataset data, Graph snapshot) {
        DatasetGraph dsg = data.asDatasetGraph();
        dsg.removeGraph(WIKIDATA_GRAPH);
        snapshot.find().forEachRemaining(t -> dsg.add(WIKIDATA_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
