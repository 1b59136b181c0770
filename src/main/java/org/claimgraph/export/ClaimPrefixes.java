package org.claimgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the claim model, used by every writer so exports read the same everywhere. */
public final class ClaimPrefixes {

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("cg", "https://w3id.org/claimgraph/ontology#");
        PREFIXES.put("cgr", "https://w3id.org/claimgraph/id/");
        PREFIXES.put("wd", "http://www.wikidata.org/entity/");
        PREFIXES.put("schema", "https://schema.org/");
        PREFIXES.put("prov", "http://www.w3.org/ns/prov#");
        PREFIXES.put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        PREFIXES.put("rdf", RDF.getURI());
        PREFIXES.put("rdfs", RDFS.getURI());
        PREFIXES.put("owl", OWL.getURI());
        PREFIXES.put("xsd", XSD.getURI());
        PREFIXES.put("skos", SKOS.getURI());
    }

    private ClaimPrefixes() {}

    public static Map<String, String> asMap() {
        return Map.copyOf(PREFIXES);
    }

    public static PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create();
        PREFIXES.forEach(pm::add);
        return pm;
    }

    public static PrefixMapping prefixMapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES).lock();
    }

    /** "PREFIX cg: <…>" lines, for queries. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        PREFIXES.forEach((p, iri) -> sb.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
        return sb.toString();
    }
}
