package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The NIF 2.0 core terms for text spans. Offsets count Unicode code points, as NIF requires. */
public final class NIF {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private NIF() {}

    public static String getURI() {
        return NS;
    }

    private static Node node(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static final Node String = node("String");
    public static final Node beginIndex = node("beginIndex");
    public static final Node endIndex = node("endIndex");
    public static final Node anchorOf = node("anchorOf");
    public static final Node referenceContext = node("referenceContext");
}
