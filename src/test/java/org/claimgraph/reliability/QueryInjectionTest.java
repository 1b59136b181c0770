package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.claimgraph.wikidata.CandidateQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names from untrusted text become query literals, never query text: a hostile name parses to the
 * same algebra as a harmless one, with only the literal different.
 */
class QueryInjectionTest {

    static final Var SLOT = Var.alloc("__name");

    /** The query's algebra with the literal carrying {@code name} replaced by a variable. */
    static Op shape(String queryText, String name) {
        Query q = QueryFactory.create(queryText);
        assertTrue(q.isSelectType(), "still a SELECT");
        return NodeTransformLib.transform(n -> n.isLiteral() && n.getLiteralLexicalForm().equals(name) ? (Node) SLOT : n,
                Algebra.compile(q));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x\" } ; DROP ALL ; INSERT DATA { <http://a> <http://b> <http://c> } #",
        "x'} UNION { ?item ?p ?o } #",
        "\"\"\" } SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } \"\"\"",
        "x\\\" } ; CLEAR ALL",
        "line\nbreak } LIMIT 1",
        "@en } FILTER(true) #",
        "?name",
        "$name",
        "<http://evil/> } #",
    })
    void hostileNamesStayLiterals(String name) {
        Op expected = shape(CandidateQuery.text("Harmless Name", "en"), "Harmless Name");
        String text = CandidateQuery.text(name, "en");
        assertEquals(expected, shape(text, name), "the query's structure changed for: " + name + "\n" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en } DROP ALL", "de\" ", "x y", ""})
    void hostileLanguageTagsAreRefused(String tag) {
        assertThrows(IllegalArgumentException.class, () -> CandidateQuery.text("Name", tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q42 } DROP ALL", "Q1>", "Q0", "P31 ; CLEAR ALL"})
    void itemIdsAreValidatedBeforeQuerying(String id) {
        assertTrue(org.claimgraph.wikidata.Qid.parse(id).isEmpty(), id);
    }
}
