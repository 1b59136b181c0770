package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;
import org.claimgraph.ClaimgraphException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WikidataClientTest {

    private static final String LABEL_QUERY =
            "SELECT ?l WHERE { <http://www.wikidata.org/entity/Q9100002> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private static FakeWikidata wikidata;
    private FaultFront front;
    private RecordingSleeper sleeper;

    @BeforeAll
    static void startServer() {
        wikidata = FakeWikidata.servingResource("wikidata-fixture.ttl");
    }

    @AfterAll
    static void stopServer() {
        wikidata.close();
    }

    @BeforeEach
    void startFront() throws Exception {
        front = new FaultFront(wikidata.sparqlUrl());
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stopFront() {
        front.close();
    }

    private WikidataClient.Builder client(String url) {
        return WikidataClient.builder().endpoint(url).sleeper(sleeper).random(new Random(7))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).timeout(Duration.ofSeconds(5))
                .retry(RetryPolicy.DEFAULT.withMaxAttempts(4));
    }

    @ParameterizedTest
    @EnumSource(WikidataClient.Method.class)
    void selectsThroughEveryMethodAndIdentifiesItself(WikidataClient.Method method) {
        ResultSetRewindable rs = client(front.url()).method(method).build().select(LABEL_QUERY);
        assertEquals(2, rs.size());
        FaultFront.Recorded r = front.requests().get(0);
        assertEquals(method == WikidataClient.Method.POST ? "POST" : "GET", r.method());
        assertEquals(LABEL_QUERY, r.query());
        assertEquals(WikidataClient.DEFAULT_USER_AGENT, r.userAgent());
        assertEquals("application/sparql-results+json", r.accept());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void constructAsksForTurtleAndUsesTheConfiguredAgent() {
        Graph g = client(front.url()).userAgent("tester/1.0 (t@example.org)").build()
                .construct("CONSTRUCT WHERE { <http://www.wikidata.org/entity/Q9100002> ?p ?o }");
        assertEquals(4, g.size());
        assertEquals("text/turtle", front.requests().get(0).accept());
        assertEquals("tester/1.0 (t@example.org)", front.requests().get(0).userAgent());
    }

    @Test
    void honoursRetryAfterInSeconds() {
        front.then(new FaultFront.TooMany("7"));
        assertEquals(2, client(front.url()).build().select(LABEL_QUERY).size());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
        assertEquals(2, front.requests().size());
    }

    @Test
    void honoursRetryAfterAsHttpDate() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));
        front.then(new FaultFront.TooMany(at));
        client(front.url()).build().select(LABEL_QUERY);
        assertEquals(List.of(Duration.ofSeconds(30)), sleeper.waits());
    }

    @Test
    void capsAnExcessiveRetryAfter() {
        front.then(new FaultFront.TooMany("86400"));
        client(front.url()).build().select(LABEL_QUERY);
        assertEquals(List.of(RetryPolicy.DEFAULT.retryAfterCap()), sleeper.waits());
    }

    @Test
    void retriesServerErrorsWithGrowingJitteredBackoff() {
        front.then(new FaultFront.Status(500)).then(new FaultFront.Status(503)).then(new FaultFront.Status(502));
        assertEquals(2, client(front.url()).build().select(LABEL_QUERY).size());
        assertEquals(4, front.requests().size());
        List<Duration> waits = sleeper.waits();
        assertEquals(3, waits.size());
        for (int i = 0; i < waits.size(); i++) {
            Duration ceiling = RetryPolicy.DEFAULT.ceiling(i + 1);
            assertTrue(!waits.get(i).isNegative() && waits.get(i).compareTo(ceiling) <= 0,
                    "wait " + waits.get(i) + " within [0, " + ceiling + "]");
        }
        assertEquals(Duration.ofSeconds(4), RetryPolicy.DEFAULT.ceiling(3));
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        // generous margins: CI machines are loaded, and a loaded loopback answer can take a second
        front.then(new FaultFront.Slow(Duration.ofMillis(8000)));
        WikidataClient c = client(front.url()).timeout(Duration.ofMillis(2500)).build();
        assertEquals(2, c.select(LABEL_QUERY).size());
        assertEquals(2, front.requests().size());
        assertEquals(1, sleeper.waits().size());
    }

    @Test
    void givesUpWithAClearMessageWhenNobodyListens() {
        String dead = TestFiles.deadEndpoint();
        ClaimgraphException e = assertThrows(ClaimgraphException.class,
                () -> client(dead).retry(RetryPolicy.DEFAULT.withMaxAttempts(3)).build().select(LABEL_QUERY));
        assertTrue(e.getMessage().startsWith("Wikidata endpoint " + dead + " unreachable after 3 attempts: "),
                e.getMessage());
        assertEquals(2, sleeper.waits().size(), "no wait after the last attempt");
    }

    @Test
    void givesUpAfterTheRetryCapOnPersistentErrors() {
        for (int i = 0; i < 4; i++) front.then(new FaultFront.Status(500));
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> client(front.url()).build().select(LABEL_QUERY));
        assertTrue(e.getMessage().endsWith("unreachable after 4 attempts: HTTP 500"), e.getMessage());
        assertEquals(4, front.requests().size());
    }

    @Test
    void doesNotRetryABadQuery() {
        ClaimgraphException e = assertThrows(ClaimgraphException.class,
                () -> client(front.url()).build().select("SELECT ?x WHERE { this is not sparql"));
        assertTrue(e.getMessage().contains("rejected the query: HTTP 400"), e.getMessage());
        assertEquals(1, front.requests().size());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void sendsOneRequestAtATimeEvenFromSeveralThreads() throws Exception {
        for (int i = 0; i < 3; i++) front.then(new FaultFront.Slow(Duration.ofMillis(200)));
        WikidataClient c = client(front.url()).build();
        List<Thread> threads = new java.util.ArrayList<>();
        List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) threads.add(new Thread(() -> sizes.add(c.select(LABEL_QUERY).size())));
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join(20_000);
        assertEquals(List.of(2, 2, 2), sizes);
        assertEquals(3, front.requests().size());
        assertEquals(1, front.maxConcurrent());
    }
}
