package org.claimgraph.rdf;

/**
 * The namespace of minted claimgraph resources ({@code cgr:}). The IRIs themselves are made by
 * {@link Iris}; this class only names the namespace and its four families.
 */
public final class CGR {

    public static final String NS = "https://w3id.org/claimgraph/id/";

    public static final String ARTICLE = NS + "article/";
    public static final String ENTITY = NS + "entity/";
    public static final String CLAIM = NS + "claim/";
    public static final String SPAN = NS + "span/";

    /**
     * Names for the graphs that are not article graphs. The claim model asks for one graph for the
     * ontology and one for the entity catalogue with its Wikidata links; a local Wikidata snapshot
     * gets a third. Article graphs are named by their article IRI.
     */
    public static final String GRAPH = NS + "graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String CATALOGUE_GRAPH = GRAPH + "catalogue";
    public static final String WIKIDATA_GRAPH = GRAPH + "wikidata";

    private CGR() {}

    public static String getURI() {
        return NS;
    }
}
