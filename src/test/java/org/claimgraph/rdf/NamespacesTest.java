package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespacesTest {

    @ParameterizedTest
    @CsvSource({"cg, https://w3id.org/claimgraph/ontology#", "cgr, https://w3id.org/claimgraph/id/",
            "wd, http://www.wikidata.org/entity/", "schema, https://schema.org/", "prov, http://www.w3.org/ns/prov#",
            "nif, http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"})
    void theClaimModelsPrefixes(String prefix, String namespace) {
        assertEquals(namespace, Namespaces.standard().getNsPrefixURI(prefix));
    }

    @Test
    void constantsClassesAgreeWithThePrefixes() {
        assertEquals(CG.NS, CG.getURI());
        assertEquals(CGR.NS, CGR.getURI());
        assertEquals(WD.NS, WD.getURI());
        assertEquals(SCHEMA.NS, SCHEMA.getURI());
        assertEquals(NIF.NS, NIF.getURI());
        assertEquals(PROV.NS, PROV.getURI());
        assertTrue(CGR.ONTOLOGY_GRAPH.startsWith(CGR.NS));
    }

    @Test
    void wikidataItemsOnly() {
        assertEquals(WD.NS + "Q380", WD.item("Q380").getURI());
        for (String bad : new String[] {"P31", "Q0", "q380", "Q38 0", ""})
            assertThrows(IllegalArgumentException.class, () -> WD.item(bad), bad);
    }

    @Test
    void prefixesAbbreviateWrittenTriGAndPrefixQueries() {
        DatasetGraph dsg = Mapped.dataset(Samples.article());
        dsg.prefixes().putAll(Namespaces.standard());
        String trig = RDFWriter.source(dsg).lang(Lang.TRIG).asString();
        assertTrue(trig.contains("cg:QuantitativeClaim"), "abbreviated with cg:");
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig, Lang.TRIG).parse(back);
        assertEquals(dsg.stream().count(), back.stream().count());

        Query q = QueryFactory.create(Namespaces.sparqlPrefixes() + "SELECT * { ?c a cg:Claim ; prov:wasDerivedFrom ?a }");
        assertEquals(CG.NS, q.getPrefixMapping().getNsPrefixURI("cg"));
    }
}
