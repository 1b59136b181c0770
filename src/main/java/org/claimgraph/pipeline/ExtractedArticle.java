package org.claimgraph.pipeline;

import java.util.List;
import org.claimgraph.claim.Claim;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.text.Sentence;

/** Everything the pipeline learned from one article: what the RDF stage maps to a named graph. */
public record ExtractedArticle(Article article, List<Sentence> sentences, List<Mention> mentions, List<Claim> claims) {

    public ExtractedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
