package org.claimgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ClaimExtractor;
import org.claimgraph.dating.DateEstimate;
import org.claimgraph.dating.DateEstimator;
import org.claimgraph.entity.EntityRecognizer;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.text.TextDocument;
import org.claimgraph.text.TextStage;

/**
 * The extraction chain as a sequence of small stages over one shared document, in the manner of
 * an analysis chain: read → text (clean, language, sentences) → entities → date (only for an
 * article that states none, and only when a date estimator is set) → claims. Immutable and
 * thread-safe when its stages are; configured by {@link #builder()}.
 */
public final class Pipeline implements ArticleProcessor {

    private final ArticleReader reader;
    private final TextStage text;
    private final EntityRecognizer recognizer;
    private final ClaimExtractor extractor;
    private final DateEstimator dating;

    private Pipeline(Builder b) {
        this.reader = b.reader;
        this.text = b.text;
        this.recognizer = b.recognizer;
        this.extractor = b.extractor;
        this.dating = b.dating;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ExtractedArticle process(Path file) {
        return process(reader.read(file));
    }

    /** Runs the stages after reading. Any failure is reported against the article's file. */
    public ExtractedArticle process(Article raw) {
        try {
            TextDocument document = text.analyse(raw);
            List<Mention> mentions = recognizer.recognize(document);
            // a stated date always wins: inference only fills a gap
            DateEstimate estimate = document.article().date() == null && dating != null
                ? dating.estimate(document, mentions).orElse(null) : null;
            List<Claim> claims = extractor.extract(document, mentions, estimate == null ? null : estimate.date());
            return new ExtractedArticle(document.article(), document.sentences(), mentions, claims, estimate);
        } catch (ClaimgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClaimgraphException("extraction failed: " + e, Location.of(raw.sourceFile()), e);
        }
    }

    public static final class Builder {
        private ArticleReader reader;
        private TextStage text = TextStage.create();
        private EntityRecognizer recognizer;
        private ClaimExtractor extractor;
        private DateEstimator dating;

        public Builder reader(ArticleReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        public Builder textStage(TextStage text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        public Builder entityRecognizer(EntityRecognizer recognizer) {
            this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
            return this;
        }

        public Builder claimExtractor(ClaimExtractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /** Infers the date of articles that state none; without one they stay undated. */
        public Builder dateEstimator(DateEstimator estimator) {
            this.dating = Objects.requireNonNull(estimator, "estimator");
            return this;
        }

        public Pipeline build() {
            if (reader == null || recognizer == null || extractor == null) {
                throw new IllegalStateException("a pipeline needs a reader, an entity recognizer and a claim extractor");
            }
            return new Pipeline(this);
        }
    }
}
