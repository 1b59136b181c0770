package org.claimgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.rdf.Iris;

/** Names of the fixed graphs of a claimgraph store and the IRI scheme of article graphs. */
public final class ClaimGraphs {

    public static final String GRAPH_NS = "https://w3id.org/claimgraph/graph/";
    public static final String ARTICLE_NS = "https://w3id.org/claimgraph/id/article/";

    /** The ontology (classes, properties, metric individuals, shapes are kept apart). */
    public static final Node ONTOLOGY = NodeFactory.createURI(GRAPH_NS + "ontology");
    /** The entity catalogue and its Wikidata links. */
    public static final Node CATALOGUE = NodeFactory.createURI(GRAPH_NS + "catalogue");

    private ClaimGraphs() {}

    /**
     * The article IRI (and graph name) for an input file name: its base name without extension,
     * encoded as the mapper encodes it ({@link Iris#articleKey}), so that a file named "a b.txt"
     * or "AT&T.txt" gets a valid IRI and the graph the mapper writes into.
     */
    public static Node articleGraph(String sourceFile) {
        String name = sourceFile.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.isEmpty()) throw new IllegalArgumentException("no base name in " + sourceFile);
        return NodeFactory.createURI(ARTICLE_NS + Iris.articleKey(name));
    }

    /** True for graphs named as article graphs. */
    public static boolean isArticleGraph(Node graphName) {
        return graphName.isURI() && graphName.getURI().startsWith(ARTICLE_NS);
    }
}
