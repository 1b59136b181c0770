package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The two PROV-O properties claimgraph uses for attribution and derivation. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static String getURI() {
        return NS;
    }

    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
    public static final Node wasAttributedTo = NodeFactory.createURI(NS + "wasAttributedTo");
}
