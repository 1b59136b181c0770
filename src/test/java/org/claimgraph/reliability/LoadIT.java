package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerConfig;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.IngestService;
import org.claimgraph.store.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 8 query clients against a real Fuseki for {@code reliability.load.seconds} (default 60) while an
 * ingest writes articles into the same TDB2 dataset: no errors, every reader sees each article
 * whole or not at all, and the p95 latency of the canned queries in {@code queries/} is printed.
 */
class LoadIT {

    static final int CLIENTS = 8;
    static final int ARTICLES = 60;
    static final String GRAPH_COUNTS = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir Path dir;

    @Test
    void concurrentQueriesDuringIngestSeeWholeArticlesOnly() throws Exception {
        long seconds = Long.getLong("reliability.load.seconds", 60);
        Map<String, String> canned = cannedQueries();
        assertFalse(canned.isEmpty());
        Path in = dir.resolve("in");
        List<Path> files = Corpus.write(in, ARTICLES);
        Map<String, Long> expected = new HashMap<>();
        try (ClaimStore clean = ClaimStore.open(dir.resolve("clean"))) {
            Corpus.ingest(clean).ingest(files);
            for (Path f : files) {
                Node g = ClaimGraphs.articleGraph(f.getFileName().toString());
                expected.put(g.getURI(), Corpus.count(clean, g));
            }
        }
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"));
             ClaimServer server = ServerConfig.builder().port(0).build(store.datasetGraph()).start()) {
            Corpus.ingest(store).ingest(files.subList(0, 5));
            String url = server.sparqlUrl();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicBoolean stop = new AtomicBoolean();
            List<String> errors = new CopyOnWriteArrayList<>();
            Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
            AtomicInteger wholenessChecks = new AtomicInteger();
            AtomicInteger stored = new AtomicInteger();

            Thread writer = new Thread(() -> {
                IngestService ingest = Corpus.ingest(store);
                for (int i = 0; !stop.get(); i = (i + 1) % ARTICLES) {
                    IngestSummary s = ingest.ingest(List.of(files.get(i)));
                    if (s.hasFailures()) errors.add("ingest: " + s.describe());
                    stored.addAndGet(s.articlesStored());
                }
            }, "load-writer");
            List<Thread> readers = new ArrayList<>();
            List<String> names = new ArrayList<>(canned.keySet());
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                readers.add(new Thread(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        try {
                            if (i % 3 == 0) {
                                checkWhole(http, url, expected, errors);
                                wholenessChecks.incrementAndGet();
                                continue;
                            }
                            String name = names.get(random.nextInt(names.size()));
                            long t0 = System.nanoTime();
                            HttpResponse<String> r = post(http, url, canned.get(name));
                            long ms = (System.nanoTime() - t0) / 1_000_000;
                            if (r.statusCode() != 200) errors.add(name + ": HTTP " + r.statusCode() + " " + r.body());
                            else latencies.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                        } catch (Exception e) {
                            errors.add("client: " + e);
                        }
                    }
                }, "load-reader-" + c));
            }
            Path storeDir = store.folder();
            long heap0 = heapAfterGc();
            long store0 = folderBytes(storeDir);
            writer.start();
            readers.forEach(Thread::start);
            long every = Long.getLong("reliability.load.report.seconds", 60);
            long end = System.currentTimeMillis() + seconds * 1000;
            while (System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(every * 1000, Math.max(1, end - System.currentTimeMillis())));
                int queries = latencies.values().stream().mapToInt(List::size).sum();
                System.out.printf("LoadIT progress: heap %d MB, store %d MB, %d articles written, %d queries, %d errors%n",
                        heapUsed() >> 20, folderBytes(storeDir) >> 20, stored.get(), queries, errors.size());
            }
            stop.set(true);
            writer.join(30_000);
            for (Thread t : readers) t.join(60_000);

            report(latencies, seconds, stored.get(), wholenessChecks.get());
            System.out.printf("LoadIT growth: heap after GC %d MB -> %d MB, store %d MB -> %d MB%n",
                    heap0 >> 20, heapAfterGc() >> 20, store0 >> 20, folderBytes(storeDir) >> 20);
            assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())), errors.size() + " errors");
            assertTrue(stored.get() > ARTICLES, "the writer stored only " + stored.get() + " articles");
            assertTrue(wholenessChecks.get() > CLIENTS, "too few wholeness checks: " + wholenessChecks.get());
        }
    }

    /** Every article graph a reader sees is complete: no graph with fewer triples than a clean ingest. */
    private static void checkWhole(HttpClient http, String url, Map<String, Long> expected, List<String> errors) throws Exception {
        HttpResponse<String> r = post(http, url, GRAPH_COUNTS);
        if (r.statusCode() != 200) {
            errors.add("graph counts: HTTP " + r.statusCode());
            return;
        }
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String g = s.getResource("g").getURI();
            long n = s.getLiteral("n").getLong();
            Long want = expected.get(g);
            if (want != null && n != want) errors.add("partial article seen: " + g + " " + n + " of " + want);
        }
    }

    private static HttpResponse<String> post(HttpClient http, String url, String sparql) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The canned queries, except those that call SERVICE (refused by the server's default policy). */
    static Map<String, String> cannedQueries() throws Exception {
        Path folder = Path.of("queries");
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p);
                if (!text.contains("SERVICE")) out.put(p.getFileName().toString(), text);
            }
        }
        return out;
    }

    static long heapUsed() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static long heapAfterGc() {
        System.gc();
        return heapUsed();
    }

    static long folderBytes(Path folder) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static long percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void report(Map<String, List<Long>> latencies, long seconds, int stored, int checks) {
        List<Long> all = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("LoadIT: %d clients, %d s, %d articles written, %d wholeness checks%n", CLIENTS, seconds, stored, checks));
        sb.append(String.format("  %-36s %6s %7s %7s %7s%n", "query", "runs", "p50 ms", "p95 ms", "max ms"));
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            all.addAll(l);
            sb.append(String.format("  %-36s %6d %7d %7d %7d%n", e.getKey(), l.size(), percentile(l, 0.5), percentile(l, 0.95),
                    Collections.max(l)));
        }
        if (!all.isEmpty())
            sb.append(String.format("  %-36s %6d %7d %7d %7d%n", "ALL", all.size(), percentile(all, 0.5), percentile(all, 0.95), Collections.max(all)));
        System.out.print(sb);
    }
}
