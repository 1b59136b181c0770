package org.claimgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.pipeline.ExtractedArticle;

/** Runs the mapper into an in-memory dataset, as a store would receive it. */
final class Mapped {

    static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX cgr: <https://w3id.org/claimgraph/id/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX schema: <https://schema.org/>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private Mapped() {}

    static DatasetGraph dataset(ExtractedArticle article) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        new StandardArticleMapper().map(article, out);
        out.finish();
        return dsg;
    }

    static Graph graph(ExtractedArticle article) {
        return dataset(article).getGraph(Iris.article(article.article().sourceFile()));
    }

    static ResultSetRewindable select(Graph graph, String query) {
        try (QueryExecution qe = QueryExecution.create().query(PREFIXES + query)
                .model(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(graph)).build()) {
            ResultSet rs = qe.execSelect();
            return ResultSetFactory.copyResults(rs);
        }
    }
}
