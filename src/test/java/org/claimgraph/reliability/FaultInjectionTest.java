package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.pipeline.ArticleProcessor;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.IngestService;
import org.claimgraph.store.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults inside one article, and a store held or left locked by another process. */
class FaultInjectionTest {

    @TempDir Path dir;

    /** The real mapper, which throws after writing half of the chosen article's quads. */
    record FailingMapper(ArticleMapper real, Set<String> failFor) implements ArticleMapper {
        @Override
        public void map(ExtractedArticle article, StreamRDF out) {
            if (!failFor.contains(article.article().sourceFile())) {
                real.map(article, out);
                return;
            }
            List<Quad> quads = new java.util.ArrayList<>();
            real.map(article, new org.apache.jena.riot.system.StreamRDFBase() {
                @Override public void quad(Quad q) { quads.add(q); }
            });
            quads.subList(0, quads.size() / 2).forEach(out::quad);
            throw new IllegalStateException("injected failure in " + article.article().sourceFile());
        }
    }

    private static List<Quad> quads(ClaimStore store, Node g) {
        return store.read(dsg -> dsg.stream(g, Node.ANY, Node.ANY, Node.ANY).sorted(java.util.Comparator.comparing(Quad::toString)).toList());
    }

    @Test
    void anExceptionInOneArticlesMappingRollsBackThatArticleOnly() throws Exception {
        Path in = dir.resolve("in");
        List<Path> files = Corpus.write(in, 6);
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"));
             ClaimStore fresh = ClaimStore.open(dir.resolve("fresh"))) {
            assertEquals(6, Corpus.ingest(store).ingest(List.of(in)).articlesStored());
            Node third = Corpus.graphOf(Corpus.name(3));
            List<Quad> old = quads(store, third);
            List<Quad> secondBefore = quads(store, Corpus.graphOf(Corpus.name(2)));
            // new content for every file: a successful re-ingest would change each graph
            for (int i = 0; i < files.size(); i++) Files.writeString(files.get(i), Corpus.article(i + 100));

            IngestService failing = IngestService.builder(Corpus.processor(),
                    new FailingMapper(Corpus.mapper(), Set.of(Corpus.name(3))), store).build();
            IngestSummary s = failing.ingest(List.of(in));
            assertEquals(5, s.articlesStored(), s.describe());
            assertEquals(1, s.failures().size());
            assertTrue(s.failures().get(0).file().endsWith(Corpus.name(3)), s.failures().toString());
            assertTrue(s.failures().get(0).reason().contains("injected failure"), s.failures().get(0).reason());
            assertEquals(old, quads(store, third), "the failed article keeps its previous graph, untouched");
            assertNotEquals(secondBefore, quads(store, Corpus.graphOf(Corpus.name(2))), "the others were replaced");
            assertEquals(6, Corpus.articleGraphs(store));

            // into an empty store the failed article leaves nothing at all
            IngestSummary f = IngestService.builder(Corpus.processor(),
                    new FailingMapper(Corpus.mapper(), Set.of(Corpus.name(3))), fresh).build().ingest(List.of(in));
            assertEquals(5, f.articlesStored());
            assertEquals(0, Corpus.count(fresh, third));
            assertEquals(5, Corpus.articleGraphs(fresh));
        }
    }

    @Test
    void aProcessorThatCrashesFailsThatFileOnly() throws Exception {
        Path in = dir.resolve("in");
        Corpus.write(in, 4);
        ArticleProcessor real = Corpus.processor();
        ArticleProcessor crashing = file -> {
            if (file.getFileName().toString().equals(Corpus.name(1))) throw new OutOfMemoryErrorLike("simulated");
            return real.process(file);
        };
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"))) {
            IngestSummary s = IngestService.builder(crashing, Corpus.mapper(), store).build().ingest(List.of(in));
            assertEquals(3, s.articlesStored());
            assertEquals(1, s.failures().size());
            assertTrue(s.failures().get(0).reason().contains("simulated"), s.failures().get(0).reason());
            assertEquals(3, Corpus.articleGraphs(store));
        }
    }

    /** A runtime failure from deep inside a stage. */
    static final class OutOfMemoryErrorLike extends RuntimeException {
        OutOfMemoryErrorLike(String m) {
            super(m);
        }
    }

    /** TDB2 leaves tdb.lock with the dead process's id after a crash; opening must still work. */
    @Test
    void aStaleLockFromADeadProcessIsTakenOver() throws Exception {
        Path folder = dir.resolve("store");
        Corpus.write(dir.resolve("in"), 2);
        try (ClaimStore store = ClaimStore.open(folder)) {
            Corpus.ingest(store).ingest(List.of(dir.resolve("in")));
        }
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
        long deadPid = gone.pid();
        assertFalse(ProcessHandle.of(deadPid).map(ProcessHandle::isAlive).orElse(false));
        List<Path> lockDirs;
        try (Stream<Path> s = Files.walk(folder)) {
            lockDirs = s.filter(Files::isDirectory).toList();
        }
        for (Path d : lockDirs) Files.writeString(d.resolve("tdb.lock"), Long.toString(deadPid));
        try (ClaimStore store = ClaimStore.open(folder)) {
            assertEquals(2, Corpus.articleGraphs(store));
        }
    }

    /** A second process (the real CLI) against a store this JVM holds gets a clear error and changes nothing. */
    @Test
    void aSecondProcessGetsAClearErrorNotCorruption() throws Exception {
        Path folder = dir.resolve("store");
        Path in = dir.resolve("in");
        Corpus.write(in, 3);
        try (ClaimStore store = ClaimStore.open(folder)) {
            Corpus.ingest(store).ingest(List.of(in.resolve(Corpus.name(0))));
            try (Child other = Child.start(org.claimgraph.cli.Main.class, "ingest", "--store", folder.toString(), in.toString())) {
                assertTrue(other.process.waitFor(120, TimeUnit.SECONDS), "the second process hung");
                int code = other.process.exitValue();
                String out = String.join("\n", other.output());
                assertNotEquals(0, code, out);
                assertTrue(out.contains("in use by another process"), out);
                assertTrue(out.contains(folder.toString()), "the error names the store: " + out);
            }
            assertEquals(1, Corpus.articleGraphs(store));
            Corpus.ingest(store).ingest(List.of(in));
            assertEquals(3, Corpus.articleGraphs(store), "the store is still writable");
        }
    }
}
