package org.claimgraph.server;

import static org.claimgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timeouts and SERVICE policy of a real server. */
class ServerPolicyTest {

    /** Four-way cross product of every triple: never finishes on a few hundred triples. */
    static final String PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir Path dir;
    private ClaimStore store;
    private ClaimStore remoteStore;
    private ClaimServer server;
    private ClaimServer remote;

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {server, remote, store, remoteStore}) {
            try {
                if (c != null) c.close();
            } catch (Exception e) {
                // keep closing the others
            }
        }
    }

    private String start(ServerConfig.Builder config, int graphs, int perGraph) {
        store = store(dir.resolve("store"), graphs, perGraph);
        server = config.port(0).build(store.datasetGraph()).start();
        return server.baseUrl();
    }

    @ParameterizedTest(name = "server {0} s, client timeout={1}")
    @CsvSource({"1, ''", "1, 60", "60, 1"})
    void pathologicalQueryIsCancelled(int serverSeconds, String clientTimeout) throws Exception {
        String base = start(ServerConfig.builder().queryTimeout(Duration.ofSeconds(serverSeconds)), 4, 50);
        long effective = clientTimeout.isEmpty() ? serverSeconds : Math.min(serverSeconds, Long.parseLong(clientTimeout));
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(base + "/kg/sparql", PATHOLOGICAL,
                clientTimeout.isEmpty() ? null : "timeout=" + clientTimeout);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotEquals(200, r.statusCode(), "a 200 means the query was not cancelled: " + r.body());
        assertTrue(ms < (effective + 2) * 1000, "took " + ms + " ms");

        HttpResponse<String> after = query(base + "/kg/sparql", "ASK { ?s ?p ?o }", null);
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("true"));
    }

    /** A loopback socket that only counts who connects to it. */
    static final class Canary implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();

        Canary() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "canary");
            t.setDaemon(true);
            t.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT * { SERVICE <URL> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <URL> { ?s ?p ?o } }",
        "SELECT * { BIND(<URL> AS ?svc) SERVICE ?svc { ?s ?p ?o } }",
        "SELECT * { ?x <" + P + "> ?y OPTIONAL { SERVICE <URL> { ?s ?p ?o } } }",
    })
    void serviceIsRefusedByDefault(String template) throws Exception {
        try (Canary canary = new Canary()) {
            String base = start(ServerConfig.builder(), 1, 2);
            HttpResponse<String> r = query(base + "/kg/sparql", template.replace("URL", canary.url()), null);
            Thread.sleep(200);
            assertEquals(0, canary.connections.get(), "the server connected to the canary; status " + r.statusCode());
        }
    }

    @Test
    void serviceNotOnTheAllowListIsRefused() throws Exception {
        try (Canary canary = new Canary(); Canary other = new Canary()) {
            String base = start(ServerConfig.builder().allowService(other.url()), 1, 2);
            HttpResponse<String> r = query(base + "/kg/sparql", "SELECT * { SERVICE <" + canary.url() + "> { ?s ?p ?o } }", null);
            assertNotEquals(200, r.statusCode());
            assertEquals(0, canary.connections.get());
            // control: the listed endpoint is really called, so the canary would have noticed
            query(base + "/kg/sparql", "SELECT * { SERVICE <" + other.url() + "> { ?s ?p ?o } }", null);
            Thread.sleep(200);
            assertTrue(other.connections.get() > 0, "the allowed endpoint was not called");
        }
    }

    @Test
    void listedServiceIsCalled() throws Exception {
        remoteStore = store(dir.resolve("remote"), 1, 3);
        remote = ServerConfig.builder().port(0).build(remoteStore.datasetGraph()).start();
        String remoteUrl = remote.sparqlUrl();
        String base = start(ServerConfig.builder().allowService(remoteUrl), 1, 1);
        HttpResponse<String> r = query(base + "/kg/sparql",
                "SELECT ?o { SERVICE <" + remoteUrl + "> { ?s <" + P + "> ?o } } ORDER BY ?o", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("o0-0", "o0-1", "o0-2"), values(r, "o"));
    }
}
