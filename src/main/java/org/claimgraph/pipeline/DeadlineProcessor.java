package org.claimgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;

/**
 * Bounds the time one article may take, so that a pathological text (a regular expression that
 * backtracks for minutes, an endless table) fails with a clear message naming the file instead of
 * stalling a batch. The size caps of the readers bound the input; this bounds the work.
 *
 * <p>Java cannot stop a running thread, so an article over its time is abandoned on a daemon
 * thread (and interrupted, for the stages that listen); the batch goes on with the next file.
 */
public final class DeadlineProcessor implements ArticleProcessor {

    private final ArticleProcessor delegate;
    private final Duration limit;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "claimgraph-extract");
        t.setDaemon(true);
        return t;
    });

    public DeadlineProcessor(ArticleProcessor delegate, Duration limit) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("the time limit must be positive: " + limit);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    @Override
    public ExtractedArticle process(Path file) {
        Future<ExtractedArticle> job = workers.submit(() -> delegate.process(file));
        try {
            return job.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ClaimgraphException("extraction took longer than " + seconds(limit)
                + "; the article was skipped (raise the limit with --article-timeout)", Location.of(file.toString()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new ClaimgraphException("extraction failed: " + e.getCause(), Location.of(file.toString()), e.getCause());
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ClaimgraphException("interrupted while extracting", Location.of(file.toString()), e);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
