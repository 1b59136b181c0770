package org.claimgraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The golden comparison forgives exactly what it documents, and nothing else. */
class GraphNormaliserTest {

    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX cgr: <https://w3id.org/claimgraph/id/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
            decimal lexical forms compare by value  => cgr:claim\\/ab cg:value "2.10"^^xsd:decimal . => _:x cg:value 2.1 .                          => true
            claim IRI against a blank node          => cgr:claim\\/ab cg:metric cg:Revenue .          => _:x cg:metric cg:Revenue .                  => true
            route metadata is ignored               => cgr:claim\\/ab cg:metric cg:Revenue ; cg:confidence 0.7 ; cg:extractedBy "r" . => _:x cg:metric cg:Revenue . => true
            a different value differs               => cgr:claim\\/ab cg:value "2.1"^^xsd:decimal .  => _:x cg:value 2.2 .                          => false
            a decimal is not an integer             => cgr:claim\\/ab cg:value "2"^^xsd:decimal .    => _:x cg:value "2"^^xsd:integer .            => false
            a different metric differs              => cgr:claim\\/ab cg:metric cg:Revenue .          => _:x cg:metric cg:NetIncome .               => false
            entity IRIs must match exactly          => cgr:claim\\/ab cg:about cgr:entity\\/meta .    => _:x cg:about cgr:entity\\/meta-platforms .  => false
            a missing property differs              => cgr:claim\\/ab cg:metric cg:Revenue ; cg:period "2025" . => _:x cg:metric cg:Revenue . => false
            """)
    void comparesAsDocumented(String name, String actual, String expected, boolean same) {
        DatasetGraph a = GraphNormaliser.normalise(parse(actual));
        DatasetGraph e = GraphNormaliser.normalise(parse(expected));
        assertEquals(same, IsoMatcher.isomorphic(e, a), () -> GraphDiff.describe(e, a));
    }

    private static DatasetGraph parse(String body) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(PREFIXES + "cgr:article\\/t { " + body + " }")).lang(Lang.TRIG).parse(dsg);
        return dsg;
    }
}
