package org.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;

/**
 * The claimgraph store: a TDB2 database in a folder, one named graph per article plus the ontology
 * and catalogue graphs. The default graph is the union of the named graphs, so ordinary queries
 * need no GRAPH clause. Every change is one write transaction: an article is replaced whole or not
 * at all.
 */
public final class ClaimStore implements AutoCloseable {

    public static final Path DEFAULT_FOLDER = Path.of("store");

    private final Dataset dataset;
    private final Path folder;
    private boolean closed;

    private ClaimStore(Dataset dataset, Path folder) {
        this.dataset = dataset;
        this.folder = folder;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the store in {@code folder}. */
    public static ClaimStore open(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Location where = Location.of(folder.toString());
        if (Files.exists(folder) && !Files.isDirectory(folder))
            throw new StoreException("not a folder", where, null);
        if (Files.isDirectory(folder) && !(Files.isReadable(folder) && Files.isWritable(folder)))
            throw new StoreException("store folder is not readable and writable", where, null);
        try {
            Files.createDirectories(folder);
            // killed while writing a journal entry: cut the unacknowledged torn tail before recovery reads it
            JournalRepair.repair(folder).forEach(r -> LOG.warn("repaired the store after a crash: {}", r));
            return new ClaimStore(connect(folder), folder);
        } catch (ClaimgraphException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(reason(e), where, e);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClaimStore.class);

    private static Dataset connect(Path folder) {
        Dataset ds = TDB2Factory.connectDataset(folder.toString());
        // Touch the database so a lock held by another process or a damaged store shows now.
        Txn.executeRead(ds, () -> ds.asDatasetGraph().isEmpty());
        return ds;
    }


    /** Opens a store that must exist already: for commands that only read, an empty new store helps nobody. */
    public static ClaimStore openExisting(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder))
            throw new StoreException("no store here (create one with 'claimgraph ingest')", Location.of(folder.toString()), null);
        return open(folder);
    }

    /** A store in memory, with the same union-default-graph semantics; for files given with --data. */
    public static ClaimStore inMemory() {
        return new ClaimStore(TDB2Factory.createDataset(), null);
    }

    private static String reason(Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.toLowerCase().contains("lock"))
            return "store is in use by another process, e.g. a running 'claimgraph serve'"
                    + " (query that over SPARQL instead): " + msg;
        return "cannot open store: " + msg;
    }

    /** The folder, or null for an in-memory store. */
    public Path folder() {
        return folder;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** Replaces the named graph by what {@code content} streams; nothing changes if it throws. */
    public int replaceArticle(Node graphName, Consumer<StreamRDF> content) {
        GraphBuffer buffer = new GraphBuffer(graphName);
        buffer.start();
        content.accept(buffer);
        buffer.finish();
        replace(buffer);
        return buffer.size();
    }

    /** Replaces the named graph by a copy of {@code graph}. */
    public int replaceGraph(Node graphName, Graph graph) {
        GraphBuffer buffer = new GraphBuffer(graphName);
        graph.find().forEachRemaining(buffer::triple);
        replace(buffer);
        return buffer.size();
    }

    public int loadOntology(Graph ontology) {
        return replaceGraph(ClaimGraphs.ONTOLOGY, ontology);
    }

    public int loadCatalogue(Graph catalogue) {
        return replaceGraph(ClaimGraphs.CATALOGUE, catalogue);
    }

    private void replace(GraphBuffer buffer) {
        Node g = buffer.graphName();
        DatasetGraph dsg = datasetGraph();
        try {
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                buffer.triples().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            });
        } catch (InternalError e) {
            // TDB2 writes through memory-mapped files; when the file system cannot back a page (disk
            // full) the JVM reports it as this error. The transaction has been aborted by then.
            throw new StoreException("write to the store failed, the disk is probably full ("
                    + e.getMessage() + "); the transaction was rolled back", Location.of(String.valueOf(folder)), e);
        }
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Function<DatasetGraph, T> action) {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    /** Names of all named graphs, sorted. */
    public List<Node> graphNames() {
        return read(dsg -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.toString().compareTo(b.toString()));
            return names;
        });
    }

    /** Releases the database and its lock so another process may open the folder. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (folder != null) TDBInternal.expel(datasetGraph());
        else dataset.close();
    }
}
