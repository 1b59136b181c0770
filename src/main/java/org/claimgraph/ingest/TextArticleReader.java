package org.claimgraph.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/**
 * Reads plain-text articles in the two header styles of the contract: the seed style
 * ({@code date 2024-08 Headline. Text…}) and a {@code key: value} header block ended by a blank
 * line. Unknown or unreadable metadata is left null; a bad date value is a warning, not a failure.
 * The headline stays null: the text stage takes the first sentence.
 */
public final class TextArticleReader extends DecodingArticleReader {

    /** "date 2024-08" at the very start, no colon: the seed style. */
    private static final Pattern SEED = Pattern.compile("\\A\\s*date[ \\t]+(\\d{4}[-\\d]*|unknown)(?:[ \\t]+|[ \\t]*\\n)",
            Pattern.CASE_INSENSITIVE);

    private TextArticleReader(Builder builder) {
        super(builder);
    }

    public static TextArticleReader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Article parse(String content, String source) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        checkLines(text, source);
        Matcher seed = SEED.matcher(text);
        if (seed.lookingAt()) {
            PublicationDate date = date(seed.group(1), source, 1);
            return article(source, null, date, null, null, text.substring(seed.end()), seed.end());
        }
        HeaderBlock header = HeaderBlock.parse(text);
        if (header == null) return article(source, null, null, null, null, text, 0);
        PublicationDate date = header.value("date") == null ? null
                : date(header.value("date"), source, header.line("date"));
        Language language = language(header, source);
        String url = MetadataValues.isUnknown(header.value("url")) ? null : header.value("url").strip();
        String title = MetadataValues.isUnknown(header.value("title")) ? null : header.value("title").strip();
        return article(source, url, date, language, title, text.substring(header.bodyStart()), header.bodyStart());
    }

    private Article article(String source, String url, PublicationDate date, Language language,
                            String headline, String body, int bodyOffset) {
        String stripped = body.strip();
        if (stripped.isEmpty()) {
            throw new InputException("no article text after the header", Location.at(source, -1, bodyOffset));
        }
        return new Article(source, url, date, language, headline, stripped);
    }

    private PublicationDate date(String value, String source, long line) {
        if (MetadataValues.isUnknown(value)) return null;
        Optional<PublicationDate> date = MetadataValues.date(value);
        if (date.isEmpty()) {
            errorHandler.warning("unreadable date '" + value.strip() + "' ignored", Location.at(source, line, -1));
        }
        return date.orElse(null);
    }

    private Language language(HeaderBlock header, String source) {
        String value = header.value("lang") != null ? header.value("lang") : header.value("language");
        if (MetadataValues.isUnknown(value)) return null;
        Optional<Language> language = Language.fromTag(value);
        if (language.isEmpty()) {
            long line = header.value("lang") != null ? header.line("lang") : header.line("language");
            errorHandler.warning("unsupported language '" + value.strip() + "' ignored", Location.at(source, line, -1));
        }
        return language.orElse(null);
    }

    /** One pass, no regex: an over-long line means a broken or hostile file, not an article. */
    private void checkLines(String text, String source) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > limits.maxLineChars()) {
                    throw new InputException("line " + line + " is " + (i - start) + " characters long, over the limit of "
                            + limits.maxLineChars(), Location.at(source, line, start));
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Fluent builder; limits and error handler default to {@link InputLimits#DEFAULT} and fail-fast. */
    public static final class Builder extends ReaderBuilder<Builder, TextArticleReader> {

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        @Override
        public TextArticleReader build() {
            return new TextArticleReader(this);
        }
    }
}
