package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.InputException;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Exports re-read by an independent parser (RDF4J Rio) must be the store's content exactly. */
class ExporterTest {

    static final String CG = "https://w3id.org/claimgraph/ontology#";
    static final Node A = ClaimGraphs.articleGraph("a.txt");
    static final Node B = ClaimGraphs.articleGraph("b.html");

    @TempDir Path dir;
    ClaimStore store;

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    @BeforeEach
    void fill() {
        store = ClaimStore.open(dir.resolve("store"));
        store.replaceArticle(A, out -> {
            Node claim = uri("https://w3id.org/claimgraph/id/claim/1");
            Node span = NodeFactory.createBlankNode();
            out.triple(Triple.create(claim, uri(CG + "value"), NodeFactory.createLiteralDT("-4650000000.5", XSDDatatype.XSDdecimal)));
            out.triple(Triple.create(claim, uri(CG + "period"), NodeFactory.createLiteralString("2024-Q2")));
            out.triple(Triple.create(claim, uri(CG + "evidence"), span));
            out.triple(Triple.create(span, uri(CG + "anchor"), NodeFactory.createLiteralString("Er sagte: \"fast 40 %\"\nund mehr — ü ß 😀")));
            out.triple(Triple.create(A, uri("https://schema.org/datePublished"), NodeFactory.createLiteralDT("2024-07", XSDDatatype.XSDgYearMonth)));
        });
        store.replaceArticle(B, out -> {
            out.triple(Triple.create(uri("https://w3id.org/claimgraph/id/entity/acme"), uri("http://www.w3.org/2000/01/rdf-schema#label"),
                    NodeFactory.createLiteralLang("Acme Konzern", "de")));
            out.triple(Triple.create(B, uri(CG + "sourceFile"), NodeFactory.createLiteralString("b.html")));
        });
        Graph ontology = GraphFactory.createDefaultGraph();
        ontology.add(uri(CG + "Revenue"), uri("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("revenue", "en"));
        store.loadOntology(ontology);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** RDF4J statements to Jena quads; blank nodes mapped consistently by id. */
    static DatasetGraph toJena(Model model) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Map<String, Node> bnodes = new HashMap<>();
        for (Statement st : model) {
            Node g = st.getContext() == null ? org.apache.jena.sparql.core.Quad.defaultGraphIRI : node(st.getContext(), bnodes);
            dsg.add(g, node(st.getSubject(), bnodes), node(st.getPredicate(), bnodes), node(st.getObject(), bnodes));
        }
        return dsg;
    }

    static Node node(Value v, Map<String, Node> bnodes) {
        if (v instanceof IRI iri) return uri(iri.stringValue());
        if (v instanceof BNode b) return bnodes.computeIfAbsent(b.getID(), id -> NodeFactory.createBlankNode());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }

    static Model rio(Path file, RDFFormat format) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", format);
        }
    }

    static List<Node> names(DatasetGraph dsg) {
        List<Node> l = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(l::add);
        return l;
    }

    private boolean isomorphic(Node graph, Graph other) {
        Boolean same = store.read(dsg -> dsg.getGraph(graph).isIsomorphicWith(other));
        return same;
    }

    private Graph storeUnion() {
        return store.read(dsg -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
    }

    private void assertSameDataset(DatasetGraph expected, DatasetGraph actual) {
        List<Node> names = names(expected);
        assertEquals(names.stream().map(Node::toString).sorted().toList(),
                names(actual).stream().map(Node::toString).sorted().toList());
        for (Node g : names)
            assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), "graph " + g + " differs");
        assertTrue(actual.getDefaultGraph().isEmpty());
    }

    @Test
    void turtleIsTheUnionGraph() throws Exception {
        Path out = dir.resolve("out/kg.ttl");
        new Exporter(store).export(ExportFormat.TURTLE, null, out);
        Graph parsed = toJena(rio(out, RDFFormat.TURTLE)).getDefaultGraph();
        assertEquals(8, parsed.size());
        assertTrue(storeUnion().isIsomorphicWith(parsed));
        String text = Files.readString(out);
        assertTrue(text.contains("@prefix cg:") || text.contains("PREFIX cg:"), "project prefixes are used");
    }

    static Stream<Arguments> quadFormats() {
        return Stream.of(Arguments.of(ExportFormat.TRIG, RDFFormat.TRIG), Arguments.of(ExportFormat.NQUADS, RDFFormat.NQUADS));
    }

    @ParameterizedTest
    @MethodSource("quadFormats")
    void quadFormatsKeepEveryNamedGraph(ExportFormat format, RDFFormat rioFormat) throws Exception {
        Path out = dir.resolve("kg." + format.extension());
        new Exporter(store).export(format, null, out);
        DatasetGraph parsed = toJena(rio(out, rioFormat));
        assertEquals(3, names(parsed).size());
        assertSameDataset(store.read(dsg -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            dsg.find().forEachRemaining(copy::add);
            return copy;
        }), parsed);
    }

    @Test
    void jsonLdRoundTrips() throws Exception {
        Path out = dir.resolve("kg.jsonld");
        new Exporter(store).export(ExportFormat.JSONLD, null, out);
        DatasetGraph parsed = RDFParser.source(out).lang(Lang.JSONLD).toDatasetGraph();
        assertEquals(3, names(parsed).size());
        for (Node g : List.of(A, B, ClaimGraphs.ONTOLOGY))
            assertTrue(isomorphic(g, parsed.getGraph(g)), "graph " + g);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void oneNamedGraph(ExportFormat format) throws Exception {
        Path out = dir.resolve("one." + format.extension());
        new Exporter(store).export(format, B, out);
        DatasetGraph parsed = RDFParser.source(out).lang(langOf(format)).toDatasetGraph();
        Graph got = format.isQuads() ? parsed.getGraph(B) : parsed.getDefaultGraph();
        assertTrue(isomorphic(B, got));
        assertEquals(2, got.size());
    }

    static Lang langOf(ExportFormat f) {
        return switch (f) {
            case TURTLE -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
        };
    }

    @Test
    void unknownGraphIsAUserError() {
        Path out = dir.resolve("x.ttl");
        InputException e = assertThrows(InputException.class,
                () -> new Exporter(store).export(ExportFormat.TURTLE, uri("http://example.org/none"), out));
        assertTrue(e.isUserError());
        assertFalse(Files.exists(out));
    }

    @Test
    void failedWriteKeepsTheOldFileAndLeavesNoTemp() throws Exception {
        Path out = Files.writeString(dir.resolve("keep.ttl"), "old");
        assertThrows(RuntimeException.class, () -> AtomicFile.write(out, o -> {
            o.write("partial".getBytes());
            throw new java.io.IOException("disk full");
        }));
        assertEquals("old", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("keep.ttl", "store"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"turtle, TURTLE", "TTL, TURTLE", "trig, TRIG", "nq, NQUADS", "json-ld, JSONLD", "JsonLD, JSONLD"})
    void formatNames(String name, ExportFormat expected) {
        assertEquals(expected, ExportFormat.parse(name));
    }

    @Test
    void unknownFormatIsAUserError() {
        assertTrue(assertThrows(InputException.class, () -> ExportFormat.parse("rdfxml")).isUserError());
    }
}
