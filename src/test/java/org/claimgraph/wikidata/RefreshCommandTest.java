package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshCommandTest {

    private static FakeWikidata wikidata;
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final Supplier<WikidataClient.Builder> clients = () -> WikidataClient.builder().sleeper(sleeper);

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        wikidata = FakeWikidata.servingResource("wikidata-fixture.ttl");
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    private Cli refresh(String endpoint, Path snapshot, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("refresh", "--endpoint", endpoint,
                "--catalogue", TestFiles.resource("catalogue.ttl").toString(), "--snapshot", snapshot.toString()));
        args.addAll(List.of(more));
        return Cli.run(clients, args.toArray(String[]::new));
    }

    @Test
    void writesTheCanonicalSnapshotAndARoundTripReproducesItByteForByte() throws Exception {
        Path first = dir.resolve("first.ttl");
        Cli r = refresh(wikidata.sparqlUrl(), first, "--entities", TestFiles.resource("more-items.txt").toString());
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(first);
        String expected = Files.readString(TestFiles.resource("expected-snapshot.ttl"));
        if (!expected.equals(text)) Files.writeString(Path.of("target/actual-snapshot.ttl"), text); // to review a change
        assertEquals(expected, text);

        try (FakeWikidata served = FakeWikidata.serving(first)) {
            Path second = dir.resolve("second.ttl");
            // no --entities: the second run finds nothing new; the items come from the catalogue
            // and, for a fresh file, would be lost, so pass them again as the first run got them
            Cli again = refresh(served.sparqlUrl(), second, "--entities", TestFiles.resource("more-items.txt").toString());
            assertEquals(0, again.exit(), again.err());
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

            // refreshing the snapshot in place keeps its items without being told again
            Cli inPlace = refresh(served.sparqlUrl(), first);
            assertEquals(0, inPlace.exit(), inPlace.err());
            assertTrue(inPlace.out().contains("unchanged"), inPlace.out());
            assertEquals(text, Files.readString(first));
        }
    }

    @Test
    void keepsOnlyTheFactsTheSnapshotIsFor() throws Exception {
        Path snap = dir.resolve("s.ttl");
        assertEquals(0, refresh(wikidata.sparqlUrl(), snap).exit());
        String text = Files.readString(snap);
        assertTrue(text.contains("    rdfs:label \"Nordwind Systems\"@de ;\n"));
        assertTrue(text.contains("    schema:description \"fictional maker of \\\"quiet\\\" cloud software\"@en ;\n"));
        assertFalse(text.contains("@fr"), "only English and German labels");
        assertFalse(text.contains("P1448"), "only the listed direct properties");
        assertFalse(text.contains("47000000000"), "deprecated statement");
        assertFalse(text.contains("99000000000"), "statement without point in time");
        assertFalse(text.contains("entity/statement/"), "statement IRIs are written inline");
        assertFalse(text.contains("Q9100003 "), "not in the catalogue, not asked for");
        assertTrue(text.indexOf("wd:Q9100001\n") < text.indexOf("wd:Q9100002\n"));
    }

    @Test
    void asksInBatchesOfTheGivenSize() throws Exception {
        try (FaultFront front = new FaultFront(wikidata.sparqlUrl())) {
            Path snap = dir.resolve("s.ttl");
            Cli r = refresh(front.url(), snap, "--entities", TestFiles.resource("more-items.txt").toString(),
                    "--batch-size", "3");
            assertEquals(0, r.exit(), r.err());
            List<Integer> sizes = front.requests().stream()
                    .map(req -> QueryFactory.create(req.query()))
                    .map(Query::getValuesData).map(List::size).toList();
            assertEquals(List.of(3, 1), sizes);
        }
    }

    @Test
    void anUnreachableEndpointLeavesTheOldSnapshotUntouched() throws Exception {
        Path snap = dir.resolve("snapshot.ttl");
        byte[] old = "# hand-made\n<http://www.wikidata.org/entity/Q9100001> <http://www.w3.org/2000/01/rdf-schema#label> \"Old\"@en .\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(snap, old);
        String dead = TestFiles.deadEndpoint();
        Cli r = refresh(dead, snap, "--retries", "3", "--backoff", "10");
        assertEquals(CommandSupport.UNREACHABLE, r.exit());
        assertTrue(r.err().contains("Wikidata endpoint " + dead + " unreachable after 3 attempts"), r.err());
        assertTrue(r.err().contains("was left unchanged"), r.err());
        assertArrayEquals(old, Files.readAllBytes(snap));
        assertEquals(2, sleeper.waits().size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(snap), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void itemsTheEndpointDoesNotKnowAreNamed() throws Exception {
        Path ids = dir.resolve("ids.txt");
        Files.writeString(ids, "Q9100003\nQ9199999\n");
        Cli r = refresh(wikidata.sparqlUrl(), dir.resolve("s.ttl"), "--entities", ids.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("no data at the endpoint for: Q9199999"), r.err());
        assertTrue(r.out().contains("4 items requested, 3 found"), r.out());
    }

    @Test
    void aMalformedIdListIsReportedWithItsLine() throws Exception {
        Path ids = dir.resolve("ids.txt");
        Files.writeString(ids, "Q9100003\nMeta Platforms\n");
        Cli r = refresh(wikidata.sparqlUrl(), dir.resolve("s.ttl"), "--entities", ids.toString());
        assertEquals(CommandSupport.FAILED, r.exit());
        assertTrue(r.err().contains(ids + ":2") && r.err().contains("not a Wikidata id"), r.err());
        assertFalse(Files.exists(dir.resolve("s.ttl")));
    }

    @Test
    void aSelectQueryNamesMoreItems() throws Exception {
        Path query = dir.resolve("software.rq");
        Files.writeString(query, """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                SELECT ?software ?label WHERE { ?software wdt:P31 wd:Q7397 ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }
                """);
        Path snap = dir.resolve("s.ttl");
        Cli r = refresh(wikidata.sparqlUrl(), snap, "--query", query.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(java.util.Set.of("Q9100001", "Q9100002", "Q9100003", "Q9100004"),
                SnapshotBuilder.subjects(RdfFiles.readGraph(snap)).stream().map(Qid::toString)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anUpdateInPlaceOfTheItemQueryIsRefusedBeforeAnyRequest() throws Exception {
        Path query = dir.resolve("bad.rq");
        Files.writeString(query, "DROP ALL");
        try (FaultFront front = new FaultFront(wikidata.sparqlUrl())) {
            Cli r = refresh(front.url(), dir.resolve("s.ttl"), "--query", query.toString());
            assertEquals(CommandSupport.FAILED, r.exit());
            assertTrue(r.err().contains("not a SPARQL query"), r.err());
            assertTrue(front.requests().isEmpty());
        }
    }
}
