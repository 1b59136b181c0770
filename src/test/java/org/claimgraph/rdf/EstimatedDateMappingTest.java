package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.claimgraph.dating.DateEstimate;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.pipeline.ExtractedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An inferred date is cg:estimatedDatePublished with its method; schema:datePublished stays the stated date only. */
class EstimatedDateMappingTest {

    @ParameterizedTest
    @CsvSource({
        "-,          2024-01,    gYearMonth, -,          2024-01",
        "-,          2024-02-08, date,       -,          2024-02-08",
        "2025-07-24, 2024-01,    -,          2025-07-24, -",
        "2025-07,    -,          -,          2025-07,    -",
        "-,          -,          -,          -,          -"})
    void estimatedAndStatedDatesAreToldApart(String stated, String estimated, String xsdType, String expectedPublished,
                                             String expectedEstimate) {
        ExtractedArticle base = Samples.article();
        Article a = base.article();
        Article article = new Article(a.sourceFile(), a.url(), "-".equals(stated) ? null : PublicationDate.parse(stated).orElseThrow(),
            a.language(), a.headline(), a.text());
        DateEstimate estimate = "-".equals(estimated) ? null
            : new DateEstimate(PublicationDate.parse(estimated).orElseThrow(), "reporting period 2023-Q4 'Q4 2023'", 0.7);
        Graph g = Mapped.graph(new ExtractedArticle(article, base.sentences(), base.mentions(), base.claims(), estimate));
        Node node = Iris.article(a.sourceFile());

        assertEquals(lexicals(expectedPublished), lexicals(g, node, SCHEMA.datePublished));
        assertEquals(lexicals(expectedEstimate), lexicals(g, node, CG.estimatedDatePublished));
        Set<String> methods = lexicals(g, node, CG.dateEstimateMethod);
        assertEquals("-".equals(expectedEstimate) ? Set.of() : Set.of("reporting period 2023-Q4 'Q4 2023'"), methods);
        if (!"-".equals(xsdType)) {
            Node lit = g.find(node, CG.estimatedDatePublished, Node.ANY).next().getObject();
            assertEquals(XSDDatatype.XSD + "#" + xsdType, lit.getLiteralDatatypeURI());
        }
        assertTrue(org.apache.jena.shacl.ShaclValidator.get().validate(ShapesTest.SHAPES, g).conforms(), "conforms to the shapes");
    }

    private static Set<String> lexicals(String value) {
        return "-".equals(value) ? Set.of() : Set.of(value);
    }

    private static Set<String> lexicals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).mapWith(Node::getLiteralLexicalForm).toList()
            .stream().collect(Collectors.toSet());
    }
}
