package org.claimgraph.wikidata;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.ClaimgraphException;
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

    /** Turtle for files a person reads (decisions, links); not canonical like the snapshot. */
    public static void writeTurtle(Graph g, Path file, java.util.Map<String, String> prefixes) {
        var pm = new org.apache.jena.shared.impl.PrefixMappingImpl();
        pm.setNsPrefixes(prefixes);
        g.getPrefixMapping().setNsPrefixes(pm);
        var out = new java.io.StringWriter();
        try {
            RDFDataMgr.write(out, g, org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
        } catch (RiotException e) {
            throw new ClaimgraphException("cannot write " + file + ": " + e.getMessage(), Location.of(file.toString()), e);
        }
        AtomicFiles.writeString(file, out.toString());
    }
}
