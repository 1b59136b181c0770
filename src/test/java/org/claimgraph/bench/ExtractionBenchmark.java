package org.claimgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReaders;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.pipeline.Pipeline;
import org.claimgraph.pipeline.Pipelines;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on the sample articles (data/articles/*.txt), single thread, in words per
 * second per core; words are the whitespace-separated tokens of the cleaned text. Two ways to run it:
 * <ul>
 *   <li>the plain harness ({@link #main}): warm-up rounds, then measured rounds over every article,
 *       timed by wall clock and by the thread's CPU time (the CPU figure is the per-core one that
 *       stays honest on a machine shared with other work);</li>
 *   <li>JMH ({@link #extractAll}), via {@code org.openjdk.jmh.Main ExtractionBenchmark}: one op is one
 *       pass over all articles, so words/s = words per pass × ops/s.</li>
 * </ul>
 * The articles are read once up front so that the figure measures the analysis (cleaning,
 * segmentation, entities, claims), not the disk. Not a test: no timing is asserted anywhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    private Pipeline pipeline;
    private List<Article> articles;

    @Setup
    public void setUp() throws IOException {
        pipeline = Pipelines.standard();
        articles = readArticles(Path.of(System.getProperty("claimgraph.articles", "data/articles")));
    }

    @Benchmark
    public int extractAll() {
        int claims = 0;
        for (Article a : articles) claims += pipeline.process(a).claims().size();
        return claims;
    }

    static List<Article> readArticles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        if (files.isEmpty()) throw new IOException("no *.txt articles in " + dir.toAbsolutePath());
        var reader = ArticleReaders.create();
        List<Article> out = new ArrayList<>();
        for (Path f : files) out.add(reader.read(f));
        return out;
    }

    static long words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Usage: ExtractionBenchmark [articleDir] [warmupRounds] [measuredRounds]. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/articles");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Pipeline pipeline = Pipelines.standard();
        List<Article> articles = readArticles(dir);

        long wordsPerRound = 0;
        int claims = 0;
        for (Article a : articles) {
            ExtractedArticle e = pipeline.process(a);
            wordsPerRound += words(e.article().text());
            claims += e.claims().size();
        }
        System.out.printf(Locale.ROOT, "%d articles, %d words (cleaned text), %d claims per round%n",
                articles.size(), wordsPerRound, claims);

        int sink = 0;
        for (int i = 0; i < warmup; i++) for (Article a : articles) sink += pipeline.process(a).claims().size();

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime(), wall0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) for (Article a : articles) sink += pipeline.process(a).claims().size();
        long cpu = mx.getCurrentThreadCpuTime() - cpu0, wall = System.nanoTime() - wall0;

        double totalWords = (double) wordsPerRound * rounds;
        System.out.printf(Locale.ROOT, "warm-up %d rounds, measured %d rounds, single thread%n", warmup, rounds);
        System.out.printf(Locale.ROOT, "wall: %.1f ms/round, %.0f words/s%n", wall / 1e6 / rounds, totalWords / (wall / 1e9));
        System.out.printf(Locale.ROOT, "cpu:  %.1f ms/round, %.0f words/s per core%n", cpu / 1e6 / rounds, totalWords / (cpu / 1e9));
        if (sink == 42) System.out.println(); // keeps the work observable
    }
}
