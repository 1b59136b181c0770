package org.claimgraph.server;

import static org.claimgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile clients against a real Fuseki over a real TDB2 store: expensive property paths, tricks
 * with the timeout parameter, remote and local FROM, script functions, write and admin
 * endpoints not listed by ClaimServerTest, and the default bind address.
 */
class HostileQueryTest {

    static final String Q = "http://example.org/q";
    /** Every node reaches every other through any edge: a path join that would run for minutes. */
    static final String PATH_BOMB = "SELECT (COUNT(*) AS ?n) { ?a (<" + Q + ">|!<" + Q + ">)* ?b . ?b (<" + Q + ">|!<" + Q + ">)* ?c }";

    @TempDir Path dir;
    private ClaimStore store;
    private ClaimServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    /** A store with a few plain graphs and one densely linked graph of {@code nodes} nodes. */
    private String start(ServerConfig.Builder config, int nodes) {
        store = store(dir.resolve("store"), 2, 3);
        Random r = new Random(7);
        store.replaceArticle(ClaimGraphs.articleGraph("web.txt"), out -> {
            for (int i = 0; i < nodes; i++)
                for (int k = 0; k < 4; k++)
                    out.triple(Triple.create(n(i), NodeFactory.createURI(k % 2 == 0 ? Q : P + k), n(r.nextInt(nodes))));
        });
        server = config.port(0).build(store.datasetGraph()).start();
        return server.baseUrl() + "/kg/sparql";
    }

    private static Node n(int i) {
        return NodeFactory.createURI("http://example.org/n" + i);
    }

    private long tripleCount() {
        return store.read(dsg -> dsg.stream().count());
    }

    @Test
    void pathologicalPathIsCancelledAndOthersAreStillServed() throws Exception {
        String url = start(ServerConfig.builder().queryTimeout(Duration.ofSeconds(2)), 1500);
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> bomb = CompletableFuture.supplyAsync(() -> {
            try {
                return query(url, PATH_BOMB, null);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(300);
        // another client is answered while the bomb runs
        long a0 = System.nanoTime();
        HttpResponse<String> other = query(url, "SELECT ?o { ?s <" + P + "> ?o } LIMIT 2", null);
        long otherMs = (System.nanoTime() - a0) / 1_000_000;
        assertEquals(200, other.statusCode());
        assertEquals(2, values(other, "o").size());
        assertTrue(otherMs < 1500, "other client waited " + otherMs + " ms");

        HttpResponse<String> r = bomb.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotEquals(200, r.statusCode(), "the path query was not cancelled: " + r.body());
        assertTrue(ms < 4_000, "cancelled after " + ms + " ms, limit 2 s + 2 s");
    }

    /** Whatever a client sends as timeout, the server's limit holds. */
    @ParameterizedTest(name = "{0} {1} maxRows={2}")
    @CsvSource(delimiter = '|', value = {
        "timeout=600|     |10", "timeout=-1|      |10", "timeout=abc|     |10",
        "timeout=600,600| |10", "timeout=600,600| |0", "timeout=0,600000||0", "|Timeout: 600|10",
    })
    void clientCannotRaiseTheServerLimit(String param, String header, int maxRows) throws Exception {
        String url = start(ServerConfig.builder().queryTimeout(Duration.ofSeconds(1)).maxRows(maxRows), 1500);
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        if (header == null) {
            r = query(url, PATH_BOMB, param);
        } else {
            String[] h = header.split(": ");
            r = send(HttpRequest.newBuilder(URI.create(url + "?query=" + java.net.URLEncoder.encode(PATH_BOMB, "UTF-8")))
                    .header(h[0], h[1]).header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotEquals(200, r.statusCode(), "finished despite the limit: " + r.body());
        assertTrue(ms < 3_000, "took " + ms + " ms with a 1 s server limit");
    }

    @Test
    void clientCanLowerTheLimit() throws Exception {
        String url = start(ServerConfig.builder().queryTimeout(Duration.ofSeconds(30)), 1500);
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(url, PATH_BOMB, "timeout=1");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotEquals(200, r.statusCode());
        assertTrue(ms < 3_000, "took " + ms + " ms with timeout=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?o FROM <file:///etc/passwd> { ?s ?p ?o }",
        "SELECT ?o FROM NAMED <file:///etc/passwd> { GRAPH ?g { ?s ?p ?o } }",
        "SELECT ?o { GRAPH <file:///etc/passwd> { ?s ?p ?o } }",
        "SELECT ?x { BIND(<file:///etc/passwd> AS ?x) ?x ?p ?o }",
    })
    void localFilesAreNotRead(String sparql) throws Exception {
        String url = start(ServerConfig.builder(), 10);
        HttpResponse<String> r = query(url, sparql, null);
        assertFalse(r.body().contains("root:"), r.body());
        assertFalse(r.body().contains("/bin/"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FROM <URL>", "FROM NAMED <URL>"})
    void fromWithAnHttpUrlFetchesNothing(String clause) throws Exception {
        try (ServerSocket canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(canary);
            String url = start(ServerConfig.builder(), 10);
            String target = "http://127.0.0.1:" + canary.getLocalPort() + "/data.ttl";
            query(url, "SELECT * " + clause.replace("URL", target) + " { ?s ?p ?o } LIMIT 1", null);
            Thread.sleep(200);
            assertEquals(0, connections.get(), "the server fetched " + target);
        }
    }

    static AtomicInteger countConnections(ServerSocket socket) {
        AtomicInteger n = new AtomicInteger();
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    n.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return n;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT ?x { BIND(js:add(1, 2) AS ?x) }",
        "SELECT ?x { BIND(<http://jena.apache.org/ARQ/jsFunction#eval>(\"1+2\") AS ?x) }",
    })
    void noScriptFunctions(String sparql) throws Exception {
        String url = start(ServerConfig.builder(), 10);
        HttpResponse<String> r = query(url, sparql, null);
        if (r.statusCode() == 200) assertFalse(r.body().contains("\"3\""), "a script function ran: " + r.body());
    }

    @ParameterizedTest
    @CsvSource({
        "POST,  /kg/upload", "PUT,   /kg/upload", "PATCH, /kg?default", "PATCH, /kg/data?default",
        "POST,  /kg/update", "POST,  /kg/query", "DELETE, /kg", "POST, /kg/get?default",
    })
    void otherWritesAreRefused(String method, String path) throws Exception {
        String url = start(ServerConfig.builder(), 10);
        long before = tripleCount();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<http://x/a> <http://x/b> <http://x/c> .")).build());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " -> " + r.statusCode());
        assertEquals(before, tripleCount());
        assertNotNull(url);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /$/datasets", "GET, /$/backups-list", "POST, /$/reload", "GET, /$/logs", "POST, /$/sleep",
        "GET, /$/metrics", "POST, /$/datasets/kg", "DELETE, /$/datasets/kg", "POST, /$/shutdown",
    })
    void adminEndpointsAreNotExposed(String method, String path) throws Exception {
        start(ServerConfig.builder(), 10);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " -> " + r.statusCode());
        HttpResponse<String> alive = query(server.sparqlUrl(), "ASK { ?s ?p ?o }", null);
        assertEquals(200, alive.statusCode());
    }

    @Test
    void rowCapHoldsForConstructSubqueriesAndLargeLimits() throws Exception {
        String url = start(ServerConfig.builder().maxRows(5), 100);
        HttpResponse<String> big = query(url, "SELECT * { ?s ?p ?o } LIMIT 100000", null);
        assertEquals(5, values(big, "s").size());
        assertEquals("true", big.headers().firstValue(RowCappedQuery.HEADER_TRUNCATED).orElse(null));
        HttpResponse<String> sub = query(url, "SELECT * { { SELECT * { ?s ?p ?o } } }", null);
        assertEquals(5, values(sub, "s").size());
        HttpResponse<String> construct = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(
                        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "UTF-8"))).build());
        assertEquals(200, construct.statusCode());
        assertTrue(construct.body().lines().filter(l -> !l.isBlank()).count() <= 5, construct.body());
        assertEquals("5", construct.headers().firstValue(RowCappedQuery.HEADER_LIMIT).orElse(null));
    }

    @Test
    void defaultsAreLoopbackReadOnlyNoService() {
        ServerConfig c = ServerConfig.builder().build();
        assertEquals("127.0.0.1", c.host());
        assertFalse(c.allowUpdate());
        assertTrue(c.allowedServices().isEmpty());
        assertEquals(Duration.ofSeconds(30), c.queryTimeout());
        assertTrue(c.maxRows() > 0);
    }

    /** The server is not reachable on the machine's other addresses. */
    @Test
    void bindsToLoopbackOnly() throws Exception {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (IOException e) { return false; } })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        Assumptions.assumeTrue(external.isPresent(), "no non-loopback address on this machine");
        start(ServerConfig.builder(), 10);
        assertEquals(200, query(server.sparqlUrl(), "ASK {}", null).statusCode());
        try (Socket s = new Socket()) {
            assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(external.get(), server.port()), 2000),
                    "reachable on " + external.get());
        }
    }
}
