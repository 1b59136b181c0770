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

    private CGR() {}

    public static String getURI() {
        return NS;
    }
}
