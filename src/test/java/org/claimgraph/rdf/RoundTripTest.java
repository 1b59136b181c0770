package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What Jena writes from the mapper, an independent parser (RDF4J Rio) reads back to the same graphs. */
class RoundTripTest {

    @ParameterizedTest
    @CsvSource({"TRIG_PRETTY, TRIG", "TRIG_BLOCKS, TRIG", "NQUADS, NQUADS"})
    void rdf4jReadsBackIsomorphicGraphs(String jenaFormat, String rdf4jFormat) throws IOException, ReflectiveOperationException {
        DatasetGraph written = Mapped.dataset(Samples.article());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, written, (RDFFormat) RDFFormat.class.getField(jenaFormat).get(null));

        Model model = Rio.parse(new ByteArrayInputStream(bytes.toByteArray()), "",
                rdf4jFormat.equals("TRIG") ? org.eclipse.rdf4j.rio.RDFFormat.TRIG : org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
        DatasetGraph read = toJena(model);

        Set<Node> names = new HashSet<>();
        written.listGraphNodes().forEachRemaining(names::add);
        Set<Node> readNames = new HashSet<>();
        read.listGraphNodes().forEachRemaining(readNames::add);
        assertEquals(Set.of(Iris.article("t01_en_alphabet.txt")), names);
        assertEquals(names, readNames);
        for (Node name : names) {
            Graph a = written.getGraph(name);
            Graph b = read.getGraph(name);
            assertFalse(a.isEmpty());
            assertEquals(a.size(), b.size());
            assertTrue(a.isIsomorphicWith(b), "graph " + name + " survives " + jenaFormat + " → RDF4J");
        }
        assertTrue(read.getDefaultGraph().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"TRIG_PRETTY", "TRIG_BLOCKS", "NQUADS"})
    void aReparsedGraphIsTheSameAsARemappedOne(String jenaFormat) throws ReflectiveOperationException {
        // re-ingest: parse what was written, map again, nothing differs (deterministic IRIs, no blank nodes)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, Mapped.dataset(Samples.article()), (RDFFormat) RDFFormat.class.getField(jenaFormat).get(null));
        DatasetGraph reread = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(reread, new ByteArrayInputStream(bytes.toByteArray()),
                jenaFormat.startsWith("TRIG") ? org.apache.jena.riot.Lang.TRIG : org.apache.jena.riot.Lang.NQUADS);
        assertEquals(Set.copyOf(Mapped.dataset(Samples.article()).stream().toList()), Set.copyOf(reread.stream().toList()));
    }

    /** Our hand-written Turtle and TriG files are standard too: RDF4J reads the same quads Jena does. */
    @ParameterizedTest
    @CsvSource({"ontology/claimgraph.ttl, TURTLE", "ontology/shapes.ttl, TURTLE",
            "src/test/resources/rdf/shapes/valid.ttl, TURTLE", "src/test/resources/queries/sample.trig, TRIG"})
    void rdf4jReadsOurFilesAsJenaDoes(String file, String format) throws IOException {
        DatasetGraph jena = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(jena, file);
        Model model;
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
            model = Rio.parse(in, "", format.equals("TRIG") ? org.eclipse.rdf4j.rio.RDFFormat.TRIG : org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        }
        DatasetGraph rdf4j = toJena(model);
        assertEquals(jena.stream().count(), rdf4j.stream().count(), file);
        assertTrue(jena.getDefaultGraph().isIsomorphicWith(rdf4j.getDefaultGraph()), file);
        jena.listGraphNodes().forEachRemaining(g -> assertTrue(jena.getGraph(g).isIsomorphicWith(rdf4j.getGraph(g)), file + " " + g));
    }

    static DatasetGraph toJena(Model model) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Statement st : model) {
            Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext());
            dsg.add(g, node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
        }
        return dsg;
    }

    private static Node node(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
