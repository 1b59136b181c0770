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
import org.claimgraph.pipeline.Pipelines;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.rdf.StandardArticleMapper;

/** The production parts the commands use: the extraction chain, the mapper, ontology and catalogue. */
public final class Components {

    public static final String ONTOLOGY = "/ontology/claimgraph.ttl";
    public static final String SHAPES = "/ontology/shapes.ttl";
    public static final String CATALOGUE = "/catalogue/entities.ttl";
    public static final String WIKIDATA = "/wikidata/snapshot.ttl";

    private Components() {}

    /** The standard extraction chain; built once (the catalogue index is the costly part) and shared: it is thread-safe. */
    public static ArticleProcessor processor() {
        return StandardHolder.PIPELINE;
    }

    public static ArticleMapper mapper() {
        return new StandardArticleMapper();
    }

    private static final class StandardHolder {
        static final ArticleProcessor PIPELINE = Pipelines.standard();
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
