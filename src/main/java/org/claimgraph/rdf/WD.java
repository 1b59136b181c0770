package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Wikidata's namespaces as its RDF dumps and query service write them. */
public final class WD {

    /** Items and properties as entities: {@code wd:Q380}. */
    public static final String NS = "http://www.wikidata.org/entity/";
    /** Truthy statements: {@code wdt:P2139}. */
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    /** Statement nodes: {@code p:P2139}. */
    public static final String P = "http://www.wikidata.org/prop/";
    /** Statement values: {@code ps:P2139}. */
    public static final String PS = "http://www.wikidata.org/prop/statement/";
    /** Qualifiers: {@code pq:P585}. */
    public static final String PQ = "http://www.wikidata.org/prop/qualifier/";

    /** The public query service, for federated queries. */
    public static final String SPARQL_ENDPOINT = "https://query.wikidata.org/sparql";

    public static final Node USD = item("Q4917");
    public static final Node EUR = item("Q4916");
    public static final Node PERCENT = item("Q11229");

    private WD() {}

    public static String getURI() {
        return NS;
    }

    /** {@code wd:Qnnn} for an item id such as "Q380"; rejects anything that is not an item id. */
    public static Node item(String qid) {
        if (qid == null || !qid.matches("Q[1-9][0-9]*"))
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        return NodeFactory.createURI(NS + qid);
    }
}
