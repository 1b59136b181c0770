package org.claimgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/**
 * Loads RDF files (TriG, N-Quads, Turtle, N-Triples, JSON-LD) into a store. Named graphs keep their
 * names; triples outside any named graph go to a graph named after the file, because the store's
 * default graph is the union of the named graphs and would not show them otherwise.
 */
public final class DataFiles {

    private DataFiles() {}

    public static void load(ClaimStore store, List<Path> files) {
        for (Path file : files) load(store, file);
    }

    public static void load(ClaimStore store, Path file) {
        Location where = Location.of(file.toString());
        if (!Files.isRegularFile(file)) throw new InputException("no such file", where);
        Lang lang = RDFLanguages.filenameToLang(file.toString(), Lang.TRIG);
        Node fileGraph = NodeFactory.createURI(file.toAbsolutePath().toUri().toString());
        GraphBuffer defaultTriples = new GraphBuffer(fileGraph);
        org.apache.jena.sparql.core.DatasetGraph parsed = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        StreamRDF sink = new StreamRDFWrapper(org.apache.jena.riot.system.StreamRDFLib.dataset(parsed)) {
            @Override
            public void triple(Triple triple) {
                defaultTriples.triple(triple);
            }

            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph()) defaultTriples.triple(quad.asTriple());
                else super.quad(quad);
            }
        };
        try {
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(sink);
        } catch (RiotException e) {
            throw new InputException("not readable as " + lang.getName() + ": " + e.getMessage(), where, e);
        }
        parsed.listGraphNodes().forEachRemaining(g -> store.replaceGraph(g, parsed.getGraph(g)));
        if (defaultTriples.size() > 0)
            store.replaceArticle(fileGraph, out -> defaultTriples.triples().forEach(out::triple));
    }
}
