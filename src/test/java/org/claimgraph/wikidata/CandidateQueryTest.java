package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateQueryTest {

    /** What the query is made of, whatever the name: three triple patterns, one union, one optional, two binds. */
    private record Shape(List<TriplePath> triples, int unions, int optionals, int binds) {}

    private static Shape shape(Query q) {
        List<TriplePath> triples = new ArrayList<>();
        int[] counts = new int[3];
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementPathBlock el) { el.patternElts().forEachRemaining(triples::add); }
            @Override public void visit(ElementUnion el) { counts[0]++; }
            @Override public void visit(ElementOptional el) { counts[1]++; }
            @Override public void visit(ElementBind el) { counts[2]++; }
        });
        return new Shape(triples, counts[0], counts[1], counts[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Kestrel Dynamics",
            "x\" } ; DROP ALL ; INSERT DATA { <http://a> <http://b> <http://c> } #",
            "x\"@en . ?item ?p ?o } UNION { ?s ?p ?o",
            "back\\slash \"\"\" triple quotes ''' and\nnewline",
            "?name $name <http://x> ; . { } ",
    })
    void theNameStaysALiteralAndTheQueryKeepsItsShape(String name) {
        String text = CandidateQuery.text(name, "de");
        Query q = QueryFactory.create(text);
        assertTrue(q.isSelectType());
        assertEquals(List.of("item", "how", "type"), q.getResultVars());
        assertEquals(500, q.getLimit());
        Shape s = shape(q);
        assertEquals(1, s.unions());
        assertEquals(1, s.optionals());
        assertEquals(2, s.binds());
        assertEquals(3, s.triples().size(), text);
        Node literal = NodeFactory.createLiteralLang(name, "de");
        assertEquals(List.of(WdVocab.RDFS_LABEL, WdVocab.SKOS_ALT_LABEL, WdVocab.iri(WdVocab.WDT + "P31")),
                s.triples().stream().map(TriplePath::getPredicate).toList());
        assertEquals(literal, s.triples().get(0).getObject());
        assertEquals(literal, s.triples().get(1).getObject());
        assertTrue(s.triples().get(2).getObject().isVariable());
        assertTrue(s.triples().stream().allMatch(t -> t.getSubject().equals(org.apache.jena.sparql.core.Var.alloc("item"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de\" } DROP ALL {", "", "d e", "en-"})
    void aBadLanguageTagIsRefused(String lang) {
        assertThrows(IllegalArgumentException.class, () -> CandidateQuery.text("Orion", lang));
    }
}
