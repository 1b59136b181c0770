package org.claimgraph.pipeline;

import java.nio.file.Path;

/**
 * The whole extraction chain for one file: read, clean, segment, recognise entities, extract claims.
 * Throws {@link org.claimgraph.ClaimgraphException} (with the file as location) when the file cannot be used.
 */
public interface ArticleProcessor {

    ExtractedArticle process(Path file);
}
