package org.claimgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ClaimExtractor;
import org.claimgraph.entity.EntityRecognizer;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.text.Segmenter;
import org.claimgraph.text.Sentence;
import org.claimgraph.text.TextCleaner;
import org.claimgraph.text.TextDocument;

/**
 * The extraction chain as a sequence of small stages over one shared document, in the manner of
 * an analysis chain: read → clean → infer language → segment → recognise entities → extract
 * claims. Immutable and thread-safe when its stages are; configured by {@link #builder()}.
 */
public final class Pipeline implements ArticleProcessor {

    private final ArticleReader reader;
    private final TextCleaner cleaner;
    private final UnaryOperator<Article> languageInference;
    private final Segmenter segmenter;
    private final EntityRecognizer recognizer;
    private final ClaimExtractor extractor;

    private Pipeline(Builder b) {
        this.reader = b.reader;
        this.cleaner = b.cleaner;
        this.languageInference = b.languageInference;
        this.segmenter = b.segmenter;
        this.recognizer = b.recognizer;
        this.extractor = b.extractor;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ExtractedArticle process(Path file) {
        return process(reader.read(file));
    }

    /** Runs the stages after reading; the article's text must not be empty after cleaning. */
    public ExtractedArticle process(Article raw) {
        Location where = Location.of(raw.sourceFile());
        try {
            Article article = languageInference.apply(cleaner.clean(raw));
            if (article.text().isBlank()) throw new InputException("no article text left after removing page furniture", where);
            List<Sentence> sentences = segmenter.sentences(article.text(), article.language());
            if (article.headline() == null && !sentences.isEmpty()) article = article.withHeadline(sentences.get(0).text());
            TextDocument document = new TextDocument(article, sentences);
            List<Mention> mentions = recognizer.recognize(document);
            List<Claim> claims = extractor.extract(document, mentions);
            return new ExtractedArticle(article, sentences, mentions, claims);
        } catch (ClaimgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClaimgraphException("extraction failed: " + e, where, e);
        }
    }

    public static final class Builder {
        private ArticleReader reader;
        private TextCleaner cleaner = a -> a;
        private UnaryOperator<Article> languageInference = a -> a;
        private Segmenter segmenter;
        private EntityRecognizer recognizer;
        private ClaimExtractor extractor;

        public Builder reader(ArticleReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        public Builder cleaner(TextCleaner cleaner) {
            this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
            return this;
        }

        /** Fills in the language when the header did not give it (and leaves it null when the text does not tell). */
        public Builder languageInference(UnaryOperator<Article> inference) {
            this.languageInference = Objects.requireNonNull(inference, "inference");
            return this;
        }

        public Builder segmenter(Segmenter segmenter) {
            this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
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

        public Pipeline build() {
            if (reader == null || segmenter == null || recognizer == null || extractor == null) {
                throw new IllegalStateException("a pipeline needs a reader, a segmenter, an entity recognizer and a claim extractor");
            }
            return new Pipeline(this);
        }
    }
}
