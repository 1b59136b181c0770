package org.claimgraph.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The reader for any input file: HTML for .html/.htm/.xhtml names or content starting with a tag
 * ({@code <html}, {@code <!doctype}…), plain text otherwise. The file is read and decoded once, under the same limits.
 */
public final class ArticleReaders implements ArticleReader {

    private final InputLimits limits;
    private final TextArticleReader text;
    private final HtmlArticleReader html;

    private ArticleReaders(Builder builder) {
        this.limits = builder.limits;
        this.text = TextArticleReader.builder().limits(limits).errorHandler(builder.errorHandler).build();
        this.html = HtmlArticleReader.builder().limits(limits).errorHandler(builder.errorHandler).build();
    }

    /** Default limits, fail-fast error handling. */
    public static ArticleReaders create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Article read(Path file) {
        String source = ArticleBytes.sourceName(file);
        String content = ArticleDecoder.decode(ArticleBytes.read(file, limits), source);
        return isHtml(source, content) ? html.parse(content, source) : text.parse(content, source);
    }

    static boolean isHtml(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) continue;
            // "<!doctype", "<html", "<?xml": markup; a lone "<" before a digit or space is text.
            if (c != '<' || i + 1 >= content.length()) return false;
            char next = content.charAt(i + 1);
            return Character.isLetter(next) || next == '!' || next == '?';
        }
        return false;
    }

    /** Fluent builder; limits and error handler default to {@link InputLimits#DEFAULT} and fail-fast. */
    public static final class Builder extends ReaderBuilder<Builder, ArticleReaders> {

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        @Override
        public ArticleReaders build() {
            return new ArticleReaders(this);
        }
    }
}
