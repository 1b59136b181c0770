package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGR;
import org.claimgraph.rdf.PROV;
import org.junit.jupiter.api.Test;

/** sample.trig is only worth testing queries on if it has the layout the mapper writes. */
class SampleLayoutTest {

    @Test
    void articleGraphsAreNamedByTheirArticleAndConformToTheShapes() {
        QueryFixture fixture = new QueryFixture();
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        List<Node> articles = fixture.dataset().stream().map(q -> q.getGraph()).distinct()
                .filter(g -> g.getURI().startsWith(CGR.ARTICLE)).toList();
        assertEquals(3, articles.size()); // the third is undated and has no claims
        for (Node name : articles) {
            Graph g = fixture.dataset().getGraph(name);
            assertEquals(List.of(name), g.find(Node.ANY, RDF.Nodes.type, CG.Article).mapWith(Triple::getSubject).toList());
            assertTrue(java.util.Set.of(name).containsAll(g.find(Node.ANY, PROV.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).toSet()),
                    "every claim in " + name + " derives from it");
            ValidationReport report = ShaclValidator.get().validate(shapes, g);
            assertTrue(report.conforms(), () -> report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n")));
        }
    }
}
