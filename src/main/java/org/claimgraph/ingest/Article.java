package org.claimgraph.ingest;

import java.util.Objects;

/**
 * One article as read from a file: its metadata and its text. Unknown metadata is null, never
 * invented. After the text stage, {@code text} is the cleaned text all offsets point into.
 *
 * @param sourceFile the input file's base name, e.g. "000_e3dcabc6ab02a58b.txt"
 * @param url        the article's URL, or null
 * @param date       the publication date, or null
 * @param language   the language, or null until inferred
 * @param headline   the headline, or null (the text stage takes the first sentence)
 * @param text       the article body
 */
public record Article(String sourceFile, String url, PublicationDate date, Language language,
                      String headline, String text) {

    public Article {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(text, "text");
    }

    public Article withText(String newText) {
        return new Article(sourceFile, url, date, language, headline, newText);
    }

    public Article withLanguage(Language newLanguage) {
        return new Article(sourceFile, url, date, newLanguage, headline, text);
    }

    public Article withHeadline(String newHeadline) {
        return new Article(sourceFile, url, date, language, newHeadline, text);
    }
}
