package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.ErrorHandlers;
import org.claimgraph.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

    @TempDir Path dir;
    Path articles;
    ClaimStore store;

    @BeforeEach
    void setUp() throws Exception {
        articles = dir.resolve("articles");
        FakePipeline.article(articles.resolve("b.txt"), "initech", "2");
        FakePipeline.article(articles.resolve("a.html"), "acme", "1");
        FakePipeline.article(articles.resolve("sub/c.HTM"), "acme", "3");
        Files.writeString(articles.resolve("readme.md"), "entity: ignored\n");
        Files.writeString(articles.resolve("d-fail.txt"), "fail: no article text\n");
        Files.writeString(articles.resolve("e-crash.txt"), "crash: bug in a rule\n");
        store = ClaimStore.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestService.Builder service() {
        return IngestService.builder(FakePipeline.processor(), FakePipeline.mapper(), store);
    }

    @Test
    void anArticleOverItsTimeIsReportedAndTheBatchGoesOn() throws Exception {
        Path slow = FakePipeline.article(articles.resolve("f-slow.txt"), "acme", "4");
        org.claimgraph.pipeline.ArticleProcessor hangsOnSlow = file -> {
            if (file.equals(slow)) {
                try {
                    new java.util.concurrent.CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return FakePipeline.processor().process(file);
        };
        IngestSummary s = IngestService.builder(new org.claimgraph.pipeline.DeadlineProcessor(hangsOnSlow,
                java.time.Duration.ofMillis(300)), FakePipeline.mapper(), store).build().ingest(List.of(articles));
        assertEquals(3, s.articlesStored());
        IngestSummary.Failure timedOut = s.failures().stream().filter(f -> f.file().equals(slow.toString())).findFirst().orElseThrow();
        assertTrue(timedOut.reason().contains("took longer than 300 ms"), timedOut.reason());
        assertFalse(store.graphNames().contains(ClaimGraphs.articleGraph("f-slow")));
    }

    @Test
    void summaryCountsStoredArticlesClaimsEntitiesAndFailures() {
        IngestSummary s = service().build().ingest(List.of(articles));
        assertEquals(5, s.filesSeen());
        assertEquals(3, s.articlesStored());
        assertEquals(Map.of("QuantitativeClaim", 3), s.claimsByType());
        assertEquals(2, s.entities());
        assertEquals(List.of(articles.resolve("d-fail.txt").toString(), articles.resolve("e-crash.txt").toString()),
                s.failures().stream().map(IngestSummary.Failure::file).toList());
        assertEquals("no article text", s.failures().get(0).reason());
        assertTrue(s.failures().get(1).reason().contains("bug in a rule"), s.failures().get(1).reason());
        assertEquals(List.of(ClaimGraphs.articleGraph("a"), ClaimGraphs.articleGraph("b"), ClaimGraphs.articleGraph("c")),
                store.graphNames());
    }

    @Test
    void filesAreHandledInSortedOrderWithProgress() {
        List<String> seen = new ArrayList<>();
        service().progress((file, done, total, ok) -> seen.add(done + "/" + total + " " + file.getFileName() + " " + ok))
                .build().ingest(List.of(articles));
        assertEquals(List.of("1/5 a.html true", "2/5 b.txt true", "3/5 d-fail.txt false", "4/5 e-crash.txt false",
                "5/5 c.HTM true"), seen);
    }

    @Test
    void failFastStopsAtTheFirstBadFile() {
        IngestService s = service().errorHandler(ErrorHandlers.failFast()).build();
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> s.ingest(List.of(articles)));
        assertEquals(articles.resolve("d-fail.txt").toString(), e.location().source());
        assertEquals(2, store.graphNames().size(), "the files before the bad one are stored");
    }

    @Test
    void aFailedReingestKeepsThePreviousVersion() throws Exception {
        Path a = articles.resolve("a.html");
        service().build().ingest(List.of(a));
        Files.writeString(a, "fail: now unreadable\n");
        IngestSummary s = service().build().ingest(List.of(a));
        assertEquals(0, s.articlesStored());
        assertEquals(List.of(ClaimGraphs.articleGraph("a")), store.graphNames());
    }

    @Test
    void namedFilesAreTakenWhateverTheirExtension() {
        IngestSummary s = service().build().ingest(List.of(articles.resolve("readme.md")));
        assertEquals(1, s.articlesStored());
    }

    @Test
    void aMissingPathIsAUserError() {
        InputException e = assertThrows(InputException.class,
                () -> service().build().ingest(List.of(dir.resolve("nowhere"))));
        assertTrue(e.isUserError());
    }
}
