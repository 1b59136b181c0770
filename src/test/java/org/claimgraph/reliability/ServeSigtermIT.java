package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to {@code claimgraph serve} (a child JVM running the real CLI) while clients query and
 * one posts updates: the process exits within 10 s and the store opens intact, every update
 * either wholly there or not at all.
 */
class ServeSigtermIT {

    static final int PER_UPDATE = 10;
    static final Node UPDATES = NodeFactory.createURI("http://example.org/updates");

    @TempDir Path dir;

    @Test
    void sigtermDuringQueriesAndUpdatesShutsDownCleanly() throws Exception {
        Path storeDir = dir.resolve("store");
        Corpus.write(dir.resolve("in"), 10);
        Map<Node, Long> expected = new HashMap<>();
        try (ClaimStore store = ClaimStore.open(storeDir)) {
            Corpus.ingest(store).ingest(List.of(dir.resolve("in")));
            store.graphNames().stream().filter(ClaimGraphs::isArticleGraph).forEach(g -> expected.put(g, Corpus.count(store, g)));
        }
        assertEquals(10, expected.size());
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String url = "http://127.0.0.1:" + port + "/kg/";
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        try (Child serve = Child.start(org.claimgraph.cli.Main.class, "serve", "--store", storeDir.toString(),
                "--port", Integer.toString(port), "--update")) {
            assertNotNull(serve.await("claimgraph: SPARQL endpoint", 90_000), "server did not start: " + serve.output());
            List<Thread> clients = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) clients.add(client(() -> {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "sparql?query="
                        + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8))).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) answered.incrementAndGet();
            }, stop));
            clients.add(client(() -> {
                int n = updated.get();
                StringBuilder sb = new StringBuilder("INSERT DATA { GRAPH <" + UPDATES.getURI() + "> {");
                for (int k = 0; k < PER_UPDATE; k++) sb.append(" <http://example.org/u").append(n).append("> <http://example.org/k").append(k).append("> ").append(k).append(" .");
                sb.append(" } }");
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(sb.toString())).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) updated.incrementAndGet();
            }, stop));
            clients.forEach(Thread::start);
            Thread.sleep(2500);
            assertTrue(answered.get() > 0 && updated.get() > 0, "clients were not served before the signal");

            long t0 = System.nanoTime();
            serve.process.destroy(); // SIGTERM
            boolean exited = serve.process.waitFor(10, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            stop.set(true);
            for (Thread t : clients) t.join(5000);
            assertTrue(exited, "still running 10 s after SIGTERM");
            System.out.printf("ServeSigtermIT: exit %d after %d ms; %d queries, %d updates answered%n",
                    serve.process.exitValue(), ms, answered.get(), updated.get());
        }
        try (ClaimStore store = ClaimStore.open(storeDir)) {
            for (Map.Entry<Node, Long> e : expected.entrySet())
                assertEquals(e.getValue(), Corpus.count(store, e.getKey()), "article changed: " + e.getKey());
            long u = Corpus.count(store, UPDATES);
            assertEquals(0, u % PER_UPDATE, "a partial update is in the store: " + u + " triples");
            assertTrue(u / PER_UPDATE >= updated.get(), "acknowledged updates lost: " + u / PER_UPDATE + " < " + updated.get());
        }
    }

    interface Call {
        void run() throws Exception;
    }

    private static Thread client(Call call, AtomicBoolean stop) {
        Thread t = new Thread(() -> {
            while (!stop.get()) {
                try {
                    call.run();
                } catch (Exception e) {
                    // the server is going away; the test judges the store, not these calls
                }
            }
        });
        t.setDaemon(true);
        return t;
    }
}
