package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;
import org.claimgraph.pipeline.ArticleProcessor;
import org.claimgraph.rdf.ArticleMapper;

/** The production parts the commands use: the extraction chain, the mapper, ontology and catalogue. */
public final class Components {

    public static final String ONTOLOGY = "/ontology/claimgraph.ttl";
    public static final String SHAPES = "/ontology/shapes.ttl";
    public static final String CATALOGUE = "/catalogue/entities.ttl";
    public static final String WIKIDATA = "/wikidata/snapshot.ttl";

    private Components() {}

    public static ArticleProcessor processor() {
        throw new UnsupportedOperationException("wired at merge");
    }

    public static ArticleMapper mapper() {
        throw new UnsupportedOperationException("wired at merge");
    }

    /** The ontology from the classpath; empty when not packaged. */
    public static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        readInto(g, ONTOLOGY);
        return g;
    }

    /** The entity catalogue and the Wikidata snapshot from the classpath; empty when not packaged. */
    public static Graph catalogue() {
        Graph g = GraphFactory.createDefaultGraph();
        readInto(g, CATALOGUE);
        readInto(g, WIKIDATA);
        return g;
    }

    /** Reads a classpath Turtle resource into {@code g}; returns false when it is absent. */
    static boolean readInto(Graph g, String resource) {
        try (InputStream in = Components.class.getResourceAsStream(resource)) {
            if (in == null) return false;
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/claimgraph/").parse(g);
            return true;
        } catch (IOException e) {
            throw new ClaimgraphException("cannot read " + resource + ": " + e.getMessage(), Location.of(resource), e);
        }
    }
}
