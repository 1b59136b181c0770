package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The schema.org terms claimgraph uses, in the https form the claim model fixes (Jena's SchemaDO
 * and Wikidata use http://schema.org/).
 */
public final class SCHEMA {

    public static final String NS = "https://schema.org/";

    private SCHEMA() {}

    public static String getURI() {
        return NS;
    }

    private static Node node(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static final Node NewsArticle = node("NewsArticle");
    public static final Node Claim = node("Claim");
    public static final Node Organization = node("Organization");
    public static final Node Person = node("Person");
    public static final Node Product = node("Product");

    public static final Node headline = node("headline");
    public static final Node datePublished = node("datePublished");
    public static final Node inLanguage = node("inLanguage");
    public static final Node url = node("url");
    public static final Node mentions = node("mentions");
}
