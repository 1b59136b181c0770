package org.claimgraph.queries;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGR;

/**
 * The canned queries' test bed: sample.trig (two article graphs and a Wikidata-shaped graph) and
 * the ontology in a graph of its own, queried through the union of all graphs as the store's
 * default graph is.
 */
final class QueryFixture {

    static final Path QUERIES = Path.of("queries");

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final Model union;

    QueryFixture() {
        RDFDataMgr.read(dataset, "src/test/resources/queries/sample.trig");
        Node ontologyGraph = NodeFactory.createURI(CGR.ONTOLOGY_GRAPH);
        dataset.addGraph(ontologyGraph, RDFDataMgr.loadGraph("ontology/claimgraph.ttl"));
        union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
    }

    DatasetGraph dataset() {
        return dataset;
    }

    static Query parse(String file) {
        try {
            return QueryFactory.create(Files.readString(QUERIES.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows as maps from variable to a short text: IRIs in cg:/cgr:/wd: form, decimals by value, other literals by lexical form. */
    List<Map<String, String>> select(String file) {
        try (QueryExecution qe = QueryExecution.create().query(parse(file)).model(union).build()) {
            ResultSet rs = qe.execSelect();
            List<Map<String, String>> rows = new ArrayList<>();
            while (rs.hasNext()) rows.add(row(rs.next()));
            return rows;
        }
    }

    static Map<String, String> row(QuerySolution s) {
        Map<String, String> row = new TreeMap<>();
        s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
        return row;
    }

    private static String text(RDFNode n) {
        if (n.isLiteral() && XSDDatatype.XSDdecimal.getURI().equals(n.asLiteral().getDatatypeURI())) {
            // TDB2 stores decimals inline and gives them back as "39000000000.0": compare by value
            BigDecimal d = new BigDecimal(n.asLiteral().getLexicalForm());
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        if (n.isAnon()) return "_:";
        String iri = n.asResource().getURI();
        return iri.replace(CG.NS, "cg:").replace("https://w3id.org/claimgraph/id/", "cgr:")
                .replace("http://www.wikidata.org/entity/", "wd:");
    }
}
