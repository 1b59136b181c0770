package org.claimgraph.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.claimgraph.pipeline.ExtractedArticle;

/**
 * Maps one extracted article to RDF: every quad goes into the article's named graph (named by the
 * article IRI). The caller calls {@code start()}/{@code finish()} on the stream.
 */
public interface ArticleMapper {

    void map(ExtractedArticle article, StreamRDF out);
}
