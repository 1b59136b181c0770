package org.claimgraph.wikidata;

import java.util.regex.Pattern;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The query for items labelled exactly with a name. The name enters as an RDF literal through
 * {@link ParameterizedSparqlString}, never by pasting text, so a name with quotes or braces stays
 * a name.
 */
public final class CandidateQuery {

    static final String TEMPLATE = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
            SELECT ?item ?how ?type WHERE {
              { ?item rdfs:label ?name . BIND("label" AS ?how) }
              UNION
              { ?item skos:altLabel ?name . BIND("alias" AS ?how) }
              OPTIONAL { ?item wdt:P31 ?type }
            }
            LIMIT 500
            """;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private CandidateQuery() {}

    public static String text(String name, String language) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("empty name");
        if (language == null || !LANGUAGE_TAG.matcher(language).matches())
            throw new IllegalArgumentException("not a language tag: " + language);
        ParameterizedSparqlString pss = new ParameterizedSparqlString(TEMPLATE);
        pss.setLiteral("name", ResourceFactory.createLangLiteral(name, language));
        return pss.toString();
    }
}
