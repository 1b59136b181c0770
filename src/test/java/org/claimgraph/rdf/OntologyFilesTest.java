package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;

class OntologyFilesTest {

    @Test
    void ontologyIsTheFileInTheCheckout() {
        assertTrue(OntologyFiles.ontology().isIsomorphicWith(RDFDataMgr.loadGraph("ontology/claimgraph.ttl")));
    }

    @Test
    void shapesValidate() {
        Shapes shapes = OntologyFiles.shapes();
        assertFalse(shapes.getTargetShapes().isEmpty());
        assertTrue(ShaclValidator.get().validate(shapes, Mapped.graph(Samples.article())).conforms());
    }
}
