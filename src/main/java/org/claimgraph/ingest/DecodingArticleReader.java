package org.claimgraph.ingest;

import java.nio.file.Path;
import org.claimgraph.ErrorHandler;

/**
 * A reader of one input format: the file is read under the limits and decoded here, once; the
 * subclass only parses the decoded content.
 */
abstract class DecodingArticleReader implements ArticleReader {

    final InputLimits limits;
    final ErrorHandler errorHandler;

    DecodingArticleReader(ReaderBuilder<?, ?> builder) {
        this.limits = builder.limits;
        this.errorHandler = builder.errorHandler;
    }

    @Override
    public final Article read(Path file) {
        String source = ArticleBytes.sourceName(file);
        return parse(ArticleDecoder.decode(ArticleBytes.read(file, limits), source), source);
    }

    /** Parses already decoded content; {@code source} names it in errors and in the article. */
    public abstract Article parse(String content, String source);
}
