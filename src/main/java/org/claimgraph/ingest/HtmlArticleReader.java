package org.claimgraph.ingest;

import java.util.Optional;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page with jsoup: metadata from the markup, main text without page furniture.
 * Nothing is fetched: the page is parsed from the string, and JSON-LD is scanned as text.
 */
public final class HtmlArticleReader extends DecodingArticleReader {

    private HtmlArticleReader(Builder builder) {
        super(builder);
    }

    public static HtmlArticleReader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Article parse(String html, String source) {
        // Cheap check on the raw markup first, exact check on the tree after.
        checkDepth(HtmlDepthScan.maxDepth(html), source);
        // An empty base URI: relative links stay relative and nothing is ever resolved or loaded.
        Document doc = Jsoup.parse(html, "");
        checkDepth(HtmlMainText.depth(doc), source);
        String title = HtmlMetadata.title(doc);
        String url = HtmlMetadata.url(doc);
        Language language = HtmlMetadata.language(doc).orElse(null);
        PublicationDate date = date(HtmlMetadata.rawDate(doc), source);
        String text = HtmlMainText.extract(doc);
        if (text.isBlank()) {
            throw new InputException("no article text left after removing page furniture", Location.of(source));
        }
        return new Article(source, url, date, language, title, text);
    }

    private void checkDepth(int depth, String source) {
        if (depth > limits.maxHtmlDepth()) {
            throw new InputException("HTML nested " + depth + " levels deep, over the limit of "
                    + limits.maxHtmlDepth(), Location.of(source));
        }
    }

    private PublicationDate date(String raw, String source) {
        if (MetadataValues.isUnknown(raw)) return null;
        Optional<PublicationDate> date = MetadataValues.date(raw);
        if (date.isEmpty()) errorHandler.warning("unreadable date '" + raw + "' ignored", Location.of(source));
        return date.orElse(null);
    }

    /** Fluent builder; limits and error handler default to {@link InputLimits#DEFAULT} and fail-fast. */
    public static final class Builder extends ReaderBuilder<Builder, HtmlArticleReader> {

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        @Override
        public HtmlArticleReader build() {
            return new HtmlArticleReader(this);
        }
    }
}
