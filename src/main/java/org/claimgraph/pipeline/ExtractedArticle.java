package org.claimgraph.pipeline;

import java.util.List;
import org.claimgraph.claim.Claim;
import org.claimgraph.dating.DateEstimate;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.text.Sentence;

/**
 * Everything the pipeline learned from one article: what the RDF stage maps to a named graph.
 * {@code dateEstimate} is the publication date inferred from the text, or null: set only when the
 * article states no date and its evidence fixes one; relative periods were resolved against it.
 */
public record ExtractedArticle(Article article, List<Sentence> sentences, List<Mention> mentions, List<Claim> claims,
                               DateEstimate dateEstimate) {

    public ExtractedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }

    /** An article whose date was stated, or could not be inferred. */
    public ExtractedArticle(Article article, List<Sentence> sentences, List<Mention> mentions, List<Claim> claims) {
        this(article, sentences, mentions, claims, null);
    }
}
