package org.claimgraph.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.ErrorHandler;
import org.claimgraph.ErrorHandlers;
import org.claimgraph.Location;
import org.claimgraph.claim.Claim;
import org.claimgraph.entity.Mention;
import org.claimgraph.pipeline.ArticleProcessor;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.rdf.ArticleMapper;

/**
 * Reads article files into the store, one named graph per article. Each file is processed, mapped
 * into a buffer and then written in one transaction, so a failing file leaves the store as it was
 * for that article; the failure goes to the error handler and, with the collecting policy, the
 * batch goes on.
 */
public final class IngestService {

    private final ArticleProcessor processor;
    private final ArticleMapper mapper;
    private final ClaimStore store;
    private final ErrorHandler errorHandler;
    private final IngestProgress progress;

    private IngestService(Builder b) {
        this.processor = b.processor;
        this.mapper = b.mapper;
        this.store = b.store;
        this.errorHandler = b.errorHandler;
        this.progress = b.progress;
    }

    public static Builder builder(ArticleProcessor processor, ArticleMapper mapper, ClaimStore store) {
        return new Builder(processor, mapper, store);
    }

    /** Ingests files and folders (see {@link InputFiles#expand}). */
    public IngestSummary ingest(List<Path> paths) {
        List<Path> files = InputFiles.expand(paths);
        Map<String, Integer> claimsByType = new TreeMap<>();
        Set<String> entities = new HashSet<>();
        List<IngestSummary.Failure> failures = new java.util.ArrayList<>();
        int stored = 0;
        int done = 0;
        for (Path file : files) {
            boolean ok = false;
            try {
                ExtractedArticle article = ingestOne(file);
                stored++;
                ok = true;
                for (Claim c : article.claims()) claimsByType.merge(claimType(c), 1, Integer::sum);
                for (Mention m : article.mentions()) entities.add(m.entity().slug());
            } catch (ClaimgraphException e) {
                failures.add(new IngestSummary.Failure(file.toString(), e.getMessage()));
                errorHandler.error(e);
            } catch (RuntimeException e) {
                ClaimgraphException wrapped = new ClaimgraphException(
                        "internal error: " + e, Location.of(file.toString()), e);
                failures.add(new IngestSummary.Failure(file.toString(), wrapped.getMessage()));
                errorHandler.error(wrapped);
            }
            progress.fileDone(file, ++done, files.size(), ok);
        }
        return new IngestSummary(files.size(), stored, claimsByType, entities.size(), failures);
    }

    private ExtractedArticle ingestOne(Path file) {
        ExtractedArticle article = processor.process(file);
        Node graph = ClaimGraphs.articleGraph(file.getFileName().toString());
        store.replaceArticle(graph, out -> mapper.map(article, out));
        return article;
    }

    /** The cg: class of a claim: QuantitativeClaim, ComparativeClaim or RelationClaim. */
    public static String claimType(Claim claim) {
        return claim.getClass().getSimpleName();
    }

    public static final class Builder {
        private final ArticleProcessor processor;
        private final ArticleMapper mapper;
        private final ClaimStore store;
        private ErrorHandler errorHandler = ErrorHandlers.collecting();
        private IngestProgress progress = IngestProgress.NONE;

        private Builder(ArticleProcessor processor, ArticleMapper mapper, ClaimStore store) {
            this.processor = Objects.requireNonNull(processor, "processor");
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The policy for failed files; by default they are collected and the batch goes on. */
        public Builder errorHandler(ErrorHandler handler) {
            this.errorHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        public Builder progress(IngestProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public IngestService build() {
            return new IngestService(this);
        }
    }
}
