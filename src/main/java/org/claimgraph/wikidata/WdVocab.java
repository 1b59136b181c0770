package org.claimgraph.wikidata;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs this package reads and writes: Wikidata's RDF namespaces (with {@code schema:} as
 * Wikidata writes it, {@code http://schema.org/}) and the claimgraph terms of the contract.
 */
public final class WdVocab {

    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String P = "http://www.wikidata.org/prop/";
    public static final String PS = "http://www.wikidata.org/prop/statement/";
    public static final String PQ = "http://www.wikidata.org/prop/qualifier/";
    public static final String WIKIBASE = "http://wikiba.se/ontology#";
    /** schema.org as Wikidata writes it (http). */
    public static final String SCHEMA_WD = "http://schema.org/";
    /** schema.org as our model writes it (https). */
    public static final String SCHEMA = "https://schema.org/";
    public static final String CG = "https://w3id.org/claimgraph/ontology#";
    public static final String CGR = "https://w3id.org/claimgraph/id/";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** The named graph that holds the Wikidata snapshot beside the claims. */
    public static final String WIKIDATA_GRAPH = "https://w3id.org/claimgraph/graph/wikidata";

    /** Item-valued direct properties kept in the snapshot, in the order the snapshot writes them. */
    public static final List<String> DIRECT_PROPERTIES =
            List.of("P31", "P127", "P749", "P169", "P178", "P155", "P156", "P112");

    /** Properties whose dated statements are kept (total revenue, net profit, employees). */
    public static final List<String> STATEMENT_PROPERTIES = List.of("P2139", "P2295", "P1128");

    /** Qualifier "point in time". */
    public static final String POINT_IN_TIME = "P585";

    public static final Node RDFS_LABEL = iri(RDFS + "label");
    public static final Node SKOS_ALT_LABEL = iri(SKOS + "altLabel");
    public static final Node SCHEMA_WD_DESCRIPTION = iri(SCHEMA_WD + "description");
    public static final Node OWL_SAME_AS = iri(OWL + "sameAs");

    private WdVocab() {}

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
