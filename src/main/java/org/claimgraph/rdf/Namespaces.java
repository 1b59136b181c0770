package org.claimgraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the claim model, for writers and query tools, so every output reads the same. */
public final class Namespaces {

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("cg", CG.NS)
            .setNsPrefix("cgr", CGR.NS)
            .setNsPrefix("wd", WD.NS)
            .setNsPrefix("wdt", WD.WDT)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .lock();

    private Namespaces() {}

    /** A locked mapping; copy it with {@code PrefixMapping.Factory.create().setNsPrefixes(...)} to extend. */
    public static PrefixMapping standard() {
        return STANDARD;
    }

    /** The same prefixes as SPARQL PREFIX lines, for queries built in code. */
    public static String sparqlPrefixes() {
        StringBuilder sb = new StringBuilder();
        STANDARD.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
