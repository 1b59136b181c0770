package org.claimgraph.server;

import static org.claimgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A real Fuseki over a real TDB2 store, on a free loopback port. */
class ClaimServerTest {

    @TempDir Path dir;
    private ClaimStore store;
    private ClaimServer server;

    private String start(ServerConfig.Builder config) {
        store = store(dir.resolve("store"), 3, 2);
        server = config.port(0).build(store.datasetGraph()).start();
        return server.baseUrl();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private long tripleCount() {
        return store.read(dsg -> {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    @ParameterizedTest
    @CsvSource({"/kg/sparql", "/kg/query", "/kg"})
    void selectSeesTheUnionOfNamedGraphs(String path) throws Exception {
        String base = start(ServerConfig.builder());
        HttpResponse<String> r = query(base + path, "SELECT ?o { ?s <" + P + "> ?o } ORDER BY ?o", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("o0-0", "o0-1", "o1-0", "o1-1", "o2-0", "o2-1"), values(r, "o"));
    }

    @ParameterizedTest
    @CsvSource({
        "/kg/update, application/sparql-update, INSERT DATA { <http://x/a> <http://x/b> 1 }",
        "/kg/sparql, application/sparql-update, INSERT DATA { <http://x/a> <http://x/b> 1 }",
        "/kg,        application/sparql-update, INSERT DATA { <http://x/a> <http://x/b> 1 }",
        "/kg/sparql, application/x-www-form-urlencoded, update=INSERT+DATA+%7B+%3Chttp%3A%2F%2Fx%2Fa%3E+%3Chttp%3A%2F%2Fx%2Fb%3E+1+%7D",
        "/kg/sparql, application/x-www-form-urlencoded, update=CLEAR+ALL",
        "/kg,        application/x-www-form-urlencoded, update=DROP+ALL",
    })
    void updatesAreRefusedByDefault(String path, String contentType, String body) throws Exception {
        String base = start(ServerConfig.builder());
        long before = tripleCount();
        HttpResponse<String> r = post(base + path, contentType, body);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(before, tripleCount());
    }

    @ParameterizedTest
    @CsvSource({
        "PUT,    /kg/data?default",
        "POST,   /kg/data?default",
        "DELETE, /kg/data?graph=https://w3id.org/claimgraph/id/article/article-0",
        "PUT,    /kg/get?default",
        "POST,   /kg?graph=https://w3id.org/claimgraph/id/article/article-0",
        "PUT,    /kg?default",
        "DELETE, /kg?graph=https://w3id.org/claimgraph/id/article/article-0",
        "POST,   /kg",
    })
    void graphStoreWritesAreRefusedByDefault(String method, String path) throws Exception {
        String base = start(ServerConfig.builder());
        long before = tripleCount();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<http://x/a> <http://x/b> <http://x/c> .")).build());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " -> " + r.statusCode());
        assertEquals(before, tripleCount());
    }

    @Test
    void graphStoreReadWorks() throws Exception {
        String base = start(ServerConfig.builder());
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(
                base + "/kg/get?graph=https://w3id.org/claimgraph/id/article/article-1")).header("Accept", "application/n-triples").GET().build());
        assertEquals(200, r.statusCode());
        assertEquals(2, r.body().lines().filter(l -> l.contains("o1-")).count(), r.body());
    }

    @Test
    void updatesWorkWhenEnabled() throws Exception {
        String base = start(ServerConfig.builder().allowUpdate(true));
        long before = tripleCount();
        HttpResponse<String> r = post(base + "/kg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> 1 } }");
        assertEquals(2, r.statusCode() / 100, "status " + r.statusCode() + " " + r.body());
        assertEquals(before + 1, tripleCount());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/kg/data?graph=http://x/h"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://x/a> <http://x/b> <http://x/c> .")).build());
        assertEquals(2, put.statusCode() / 100, "status " + put.statusCode());
        assertEquals(before + 2, tripleCount());
    }

    @ParameterizedTest
    @CsvSource({"/kg/sparql", "/kg"})
    void queryAndUpdateShareEndpointsWhenEnabled(String path) throws Exception {
        String base = start(ServerConfig.builder().allowUpdate(true));
        HttpResponse<String> u = post(base + path, "application/sparql-update",
                "INSERT DATA { GRAPH <http://x/g> { <http://x/a> <" + P + "> \"new\" } }");
        assertEquals(2, u.statusCode() / 100, "status " + u.statusCode() + " " + u.body());
        HttpResponse<String> q = query(base + path, "SELECT ?o { <http://x/a> <" + P + "> ?o }", null);
        assertEquals(List.of("new"), values(q, "o"));
    }

    @Test
    void fromClauseDoesNotLoadFiles() throws Exception {
        Path ttl = Files.writeString(dir.resolve("secret.ttl"), "<http://x/secret> <" + P + "> \"leaked\" .");
        String base = start(ServerConfig.builder());
        HttpResponse<String> r = query(base + "/kg/sparql",
                "SELECT ?o FROM <" + ttl.toUri() + "> { ?s <" + P + "> ?o }", null);
        assertFalse(r.body().contains("leaked"), r.body());
    }

    @Test
    void rowCapIsVisibleToTheClient() throws Exception {
        String base = start(ServerConfig.builder().maxRows(4));
        HttpResponse<String> capped = query(base + "/kg/sparql", "SELECT ?o { ?s <" + P + "> ?o }", null);
        assertEquals(200, capped.statusCode());
        assertEquals(4, values(capped, "o").size());
        assertEquals("true", capped.headers().firstValue(RowCappedQuery.HEADER_TRUNCATED).orElse(null));
        assertEquals("4", capped.headers().firstValue(RowCappedQuery.HEADER_LIMIT).orElse(null));

        HttpResponse<String> small = query(base + "/kg/sparql", "SELECT ?o { ?s <" + P + "> ?o } LIMIT 3", null);
        assertEquals(3, values(small, "o").size());
        assertEquals("false", small.headers().firstValue(RowCappedQuery.HEADER_TRUNCATED).orElse(null));
    }

    @Test
    void exactlyTheCapIsNotTruncated() throws Exception {
        String base = start(ServerConfig.builder().maxRows(6));
        HttpResponse<String> r = query(base + "/kg/sparql", "SELECT ?o { ?s <" + P + "> ?o }", null);
        assertEquals(6, values(r, "o").size());
        assertEquals("false", r.headers().firstValue(RowCappedQuery.HEADER_TRUNCATED).orElse(null));
    }

    @Test
    void fusekiUiIsServedAtRoot() throws Exception {
        String base = start(ServerConfig.builder());
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("<html"), r.body());
    }

    @ParameterizedTest
    @CsvSource({"/$/datasets", "/$/backup/kg", "/$/compact/kg", "/$/tasks"})
    void noAdminEndpoints(String path) throws Exception {
        String base = start(ServerConfig.builder());
        HttpResponse<String> r = post(base + path, "application/x-www-form-urlencoded", "dbName=x&dbType=mem");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
    }

    @Test
    void uiSupportEndpointsAreReadOnly() throws Exception {
        String base = start(ServerConfig.builder());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).GET().build()).statusCode());
        HttpResponse<String> status = send(HttpRequest.newBuilder(URI.create(base + "/$/server")).GET().build());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "port    | -1",
        "port    | 65536",
        "timeout | 0",
        "rows    | -5",
        "service | ftp://example.org/sparql",
        "service | not a url",
        "host    | ' '",
    })
    void badSettingsAreUserErrors(String what, String value) {
        ServerConfig.Builder b = ServerConfig.builder();
        org.claimgraph.InputException e = assertThrows(org.claimgraph.InputException.class, () -> {
            switch (what) {
                case "port" -> b.port(Integer.parseInt(value));
                case "timeout" -> b.queryTimeout(java.time.Duration.ofSeconds(Long.parseLong(value)));
                case "rows" -> b.maxRows(Long.parseLong(value));
                case "service" -> b.allowService(value);
                default -> b.host(value);
            }
        });
        assertTrue(e.isUserError());
    }

    @Test
    void aPortInUseIsAUserError() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            store = store(dir.resolve("store"), 1, 1);
            ClaimServer s = ServerConfig.builder().port(taken.getLocalPort()).build(store.datasetGraph());
            org.claimgraph.InputException e = assertThrows(org.claimgraph.InputException.class, s::start);
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
            s.close();
        }
    }
}
