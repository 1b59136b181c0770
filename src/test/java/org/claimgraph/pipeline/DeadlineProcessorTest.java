package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class DeadlineProcessorTest {

    private static final Path FILE = Path.of("articles/a.txt");

    private static ExtractedArticle empty(Path file) {
        return new ExtractedArticle(new Article(file.toString(), null, null, null, null, "Text."), List.of(), List.of(), List.of());
    }

    @Test
    void anArticleWithinTheLimitPassesThrough() {
        ExtractedArticle done = empty(FILE);
        assertSame(done, new DeadlineProcessor(file -> done, Duration.ofSeconds(30)).process(FILE));
    }

    @Test
    void anArticleOverTheLimitFailsWithItsFileAndIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        ArticleProcessor endless = file -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return empty(file);
        };
        ClaimgraphException e = assertThrows(ClaimgraphException.class,
            () -> new DeadlineProcessor(endless, Duration.ofMillis(200)).process(FILE));
        assertEquals(FILE.toString(), e.location().source());
        assertTrue(e.getMessage().contains("took longer than 200 ms"), e.getMessage());
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the abandoned extraction was interrupted");
    }

    @Test
    void failuresKeepTheirKindAndLocation() {
        InputException bad = new InputException("no article text", Location.of(FILE.toString()));
        InputException thrown = assertThrows(InputException.class,
            () -> new DeadlineProcessor(file -> { throw bad; }, Duration.ofSeconds(30)).process(FILE));
        assertSame(bad, thrown);
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DeadlineProcessor(FakeFree.NONE, Duration.ZERO));
    }

    private enum FakeFree implements ArticleProcessor {
        NONE;

        @Override
        public ExtractedArticle process(Path file) {
            return empty(file);
        }
    }
}
