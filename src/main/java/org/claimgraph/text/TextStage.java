package org.claimgraph.text;

import java.util.List;
import java.util.Objects;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.Language;

/**
 * The text stage: clean the raw article, settle its language (the header's word wins; otherwise
 * the text's function words; otherwise unknown), split it into sentences, and take the first
 * sentence as headline when the reader found none.
 */
public final class TextStage {

    private final TextCleaner cleaner;
    private final LanguageGuesser guesser;
    private final Segmenter segmenter;

    private TextStage(Builder builder) {
        this.cleaner = builder.cleaner;
        this.guesser = builder.guesser;
        this.segmenter = builder.segmenter;
    }

    /** Furniture cleaner, function-word language guesser, ICU segmenter. */
    public static TextStage create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public TextDocument analyse(Article raw) {
        Article article = cleaner.clean(raw);
        if (article.text().isBlank()) {
            throw new InputException("no article text left after removing site furniture", Location.of(raw.sourceFile()));
        }
        Language language = article.language() != null ? article.language() : guesser.guess(article.text()).language();
        article = article.withLanguage(language);
        List<Sentence> sentences = segmenter.sentences(article.text(), language);
        if (article.headline() == null && !sentences.isEmpty()) article = article.withHeadline(sentences.get(0).text());
        return new TextDocument(article, sentences);
    }

    /** Fluent builder; every part defaults to the standard implementation. */
    public static final class Builder {
        private TextCleaner cleaner = new FurnitureCleaner();
        private LanguageGuesser guesser = new LanguageGuesser();
        private Segmenter segmenter = new IcuSegmenter();

        private Builder() {}

        public Builder cleaner(TextCleaner cleaner) {
            this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
            return this;
        }

        public Builder languageGuesser(LanguageGuesser guesser) {
            this.guesser = Objects.requireNonNull(guesser, "guesser");
            return this;
        }

        public Builder segmenter(Segmenter segmenter) {
            this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
            return this;
        }

        public TextStage build() {
            return new TextStage(this);
        }
    }
}
