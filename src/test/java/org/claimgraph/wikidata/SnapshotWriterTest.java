package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotWriterTest {

    private static final String PREFIXES = """
            @prefix wd: <http://www.wikidata.org/entity/> . @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            @prefix p: <http://www.wikidata.org/prop/> . @prefix ps: <http://www.wikidata.org/prop/statement/> .
            @prefix pq: <http://www.wikidata.org/prop/qualifier/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix schema: <http://schema.org/> .
            """;

    private static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + body, Lang.TURTLE).parse(g);
        return g;
    }

    private static List<String> body(Graph g) {
        return SnapshotWriter.toTurtle(g).lines().filter(l -> l.startsWith("wd:") || l.startsWith("    ")).toList();
    }

    @Test
    void subjectsAreOrderedByNumberNotByText() {
        List<String> subjects = body(turtle("wd:Q10 rdfs:label \"ten\"@en . wd:Q2 rdfs:label \"two\"@en . wd:P31 rdfs:label \"p\"@en . wd:Q100 rdfs:label \"h\"@en ."))
                .stream().filter(l -> l.startsWith("wd:")).toList();
        assertEquals(List.of("wd:Q2", "wd:Q10", "wd:Q100", "wd:P31"), subjects);
    }

    @Test
    void predicatesFollowTheFixedOrderAndObjectsTheirValues() {
        Graph g = turtle("""
                wd:Q1 p:P1128 [ ps:P1128 "5"^^xsd:decimal ; pq:P585 "2020-01-01T00:00:00Z"^^xsd:dateTime ] ;
                  wdt:P112 wd:Q30 ; wdt:P31 wd:Q43229 , wd:Q4830453 ; schema:description "d"@en ;
                  p:P2139 [ pq:P585 "2023-01-01T00:00:00Z"^^xsd:dateTime ; ps:P2139 "9"^^xsd:decimal ] ,
                          [ pq:P585 "2022-01-01T00:00:00Z"^^xsd:dateTime ; ps:P2139 "10"^^xsd:decimal ] ;
                  skos:altLabel "b"@en , "a"@en ; rdfs:label "L"@en , "L"@de .
                """);
        assertEquals(List.of(
                "wd:Q1",
                "    rdfs:label \"L\"@de ;",
                "    rdfs:label \"L\"@en ;",
                "    skos:altLabel \"a\"@en ;",
                "    skos:altLabel \"b\"@en ;",
                "    schema:description \"d\"@en ;",
                "    wdt:P31 wd:Q43229 ;",
                "    wdt:P31 wd:Q4830453 ;",
                "    wdt:P112 wd:Q30 ;",
                "    p:P2139 [ ps:P2139 \"10\"^^xsd:decimal ; pq:P585 \"2022-01-01T00:00:00Z\"^^xsd:dateTime ] ;",
                "    p:P2139 [ ps:P2139 \"9\"^^xsd:decimal ; pq:P585 \"2023-01-01T00:00:00Z\"^^xsd:dateTime ] ;",
                "    p:P1128 [ ps:P1128 \"5\"^^xsd:decimal ; pq:P585 \"2020-01-01T00:00:00Z\"^^xsd:dateTime ] ."), body(g));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "wd:Q1 rdfs:label \"say \\\"hi\\\"\\n\"@en .       | \"say \\\"hi\\\"\\n\"@en",
            "wd:Q1 schema:description \"Zürich\"@de .        | \"Zürich\"@de",
            "wd:Q1 wdt:P856 <https://example.org/a b> .      | <https://example.org/a b>",
    })
    void termsAreEscapedAndReadBackTheSame(String triple, String rendered) {
        Graph g = turtle(triple.replace("<https://example.org/a b>", "<https://example.org/a%20b>"));
        String text = SnapshotWriter.toTurtle(g);
        assertTrue(text.contains(rendered.replace("<https://example.org/a b>", "<https://example.org/a%20b>")), text);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(back);
        assertTrue(IsoMatcher.isomorphic(g, back));
    }

    @Test
    void duplicateStatementsAreWrittenOnce() {
        Graph g = turtle("""
                wd:Q1 p:P2139 [ ps:P2139 "9"^^xsd:decimal ; pq:P585 "2023-01-01T00:00:00Z"^^xsd:dateTime ] ,
                              [ ps:P2139 "9"^^xsd:decimal ; pq:P585 "2023-01-01T00:00:00Z"^^xsd:dateTime ] .
                """);
        assertEquals(2, body(g).size());
    }

    @Test
    void normalizeIsLosslessUpToStatementIrisAndIdempotent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snapshot.ttl");
        Files.copy(TestFiles.resource("wikidata-fixture.ttl"), file);
        Graph original = RdfFiles.readGraph(file);

        Cli r = Cli.run("normalize", "--snapshot", file.toString());
        assertEquals(0, r.exit(), r.err());
        String once = Files.readString(file);
        assertTrue(IsoMatcher.isomorphic(SnapshotWriter.inlineStatements(original), RdfFiles.readGraph(file)));
        assertFalse(once.contains("entity/statement/"));

        assertTrue(r.err().contains("comments in " + file + " are not kept"), r.err());

        Cli again = Cli.run("normalize", "--snapshot", file.toString());
        assertEquals(0, again.exit());
        assertEquals(once, Files.readString(file));
        assertEquals("", again.err(), "the canonical header is not a user comment");
    }

    @Test
    void normalizeReportsAnUnreadableFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.ttl");
        Files.writeString(file, "wd:Q1 rdfs:label \"unterminated .\n");
        Cli r = Cli.run("normalize", "--snapshot", file.toString());
        assertEquals(CommandSupport.FAILED, r.exit());
        assertTrue(r.err().contains(file.toString()) && r.err().contains("not readable as RDF"), r.err());
        assertEquals("wd:Q1 rdfs:label \"unterminated .\n", Files.readString(file));
    }
}
