package org.claimgraph.wikidata;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/** Reads RDF files (syntax from the file extension) with errors that name the file. */
public final class RdfFiles {

    private RdfFiles() {}

    /** All triples of a file; quads of a TriG/N-Quads file are merged into one graph. */
    public static Graph readGraph(Path file) {
        DatasetGraph dsg = readDataset(file);
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    public static DatasetGraph readDataset(Path file) {
        requireReadable(file);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.source(file).parse(dsg);
        } catch (RiotException e) {
            throw new InputException("not readable as RDF: " + e.getMessage(), Location.of(file.toString()), e);
        }
        return dsg;
    }

    public static void requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new InputException("no such readable file", Location.of(file.toString()));
    }

    /** Sorted Turtle (see {@link SortedTurtle}) for files a person reads and diffs: decisions, links. */
    public static void writeTurtle(Graph g, Path file, java.util.Map<String, String> prefixes, String header) {
        AtomicFiles.writeString(file, new SortedTurtle(prefixes, header).write(g));
    }
}
