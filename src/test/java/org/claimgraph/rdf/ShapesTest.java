package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ontology/shapes.ttl against fixtures: valid.ttl and the mapper's own output conform; each
 * invalid-*.ttl breaks one shape and says in its header which focus node and which constraint
 * component the report must name.
 */
class ShapesTest {

    static final Path FIXTURES = Path.of("src/test/resources/rdf/shapes");
    static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    @Test
    void validGraphConforms() {
        assertConforms(RDFDataMgr.loadGraph(FIXTURES.resolve("valid.ttl").toString()));
    }

    @Test
    void mapperOutputConforms() {
        assertConforms(Mapped.graph(Samples.article()));
    }

    /** cg:evidence ⊑ prov:wasDerivedFrom: with RDFS entailment a claim has two sources, and still conforms. */
    @Test
    void validGraphConformsUnderRdfsEntailment() {
        Graph data = RDFDataMgr.loadGraph(FIXTURES.resolve("valid.ttl").toString());
        Graph inferred = RDFSFactory.graphRDFS(data, RDFSFactory.setupRDFS(VocabularyTest.ONTOLOGY));
        Node claim = NodeFactory.createURI(CGR.CLAIM + "q1");
        assertEquals(2, inferred.find(claim, PROV.wasDerivedFrom, Node.ANY).toList().size());
        assertConforms(inferred);
    }

    static Stream<Path> invalidFixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().startsWith("invalid-")).sorted().toList();
            assertTrue(list.size() >= 30, "one fixture per shape");
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void invalidGraphFailsWhereItShould(Path fixture) throws IOException {
        String focus = header(fixture, "focus");
        String component = header(fixture, "component").replace("sh:", SHACL.getURI());
        ValidationReport report = ShaclValidator.get().validate(SHAPES, RDFDataMgr.loadGraph(fixture.toString()));
        assertFalse(report.conforms(), fixture + " must not conform");
        List<ReportEntry> entries = List.copyOf(report.getEntries());
        String seen = entries.stream().map(e -> e.focusNode() + " " + e.sourceConstraintComponent())
                .collect(Collectors.joining("\n"));
        // exactly the broken shape fires: the fixture differs from valid.ttl in that one place
        for (ReportEntry e : entries) {
            assertEquals(focus, e.focusNode().getURI(), seen);
            assertEquals(component, e.sourceConstraintComponent().getURI(), seen);
        }
    }

    private static void assertConforms(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, data);
        assertTrue(report.conforms(), () -> report.getEntries().stream().map(ReportEntry::toString)
                .collect(Collectors.joining("\n")));
    }

    private static String header(Path fixture, String key) throws IOException {
        String prefix = "# " + key + ": ";
        String value = Files.readAllLines(fixture).stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()).strip()).findFirst().orElse(null);
        assertNotNull(value, fixture + " declares its " + key);
        return value;
    }
}
