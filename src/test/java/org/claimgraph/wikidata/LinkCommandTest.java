package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkCommandTest {

    private static final String ENT = "https://w3id.org/claimgraph/id/entity/";
    private static FakeWikidata wikidata;

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

    private Cli link(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("link", "--online", "--endpoint", wikidata.sparqlUrl(),
                "--data", TestFiles.resource("articles.trig").toString(),
                "--decisions", dir.resolve("decisions.ttl").toString(), "--links", dir.resolve("links.ttl").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** entity slug + " " + QID → (accepted, score), read back from the decisions file. */
    private Map<String, String> decisions() {
        Graph g = RdfFiles.readGraph(dir.resolve("decisions.ttl"));
        return g.find(Node.ANY, LinkRecords.ENTITY, Node.ANY).mapWith(Triple::getSubject).toList().stream()
                .collect(Collectors.toMap(
                        s -> one(g, s, LinkRecords.ENTITY).getURI().substring(ENT.length()) + " "
                                + g.find(s, LinkRecords.CANDIDATE, Node.ANY).nextOptional()
                                        .map(t -> Qid.of(t.getObject()).orElseThrow().toString()).orElse("-"),
                        s -> one(g, s, LinkRecords.ACCEPTED).getLiteralLexicalForm() + " "
                                + one(g, s, LinkRecords.SCORE).getLiteralLexicalForm()));
    }

    private static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }

    private Set<String> links() {
        Graph g = RdfFiles.readGraph(dir.resolve("links.ttl"));
        return g.find(Node.ANY, WdVocab.OWL_SAME_AS, Node.ANY)
                .mapWith(t -> t.getSubject().getURI().substring(ENT.length()) + " " + Qid.of(t.getObject()).orElseThrow())
                .toSet();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "kestrel-dynamics, Q9100010, true 1.0",    // one business item of that name
            "orion,            Q9100020, false 1.0",   // two companies of that name: ambiguous
            "orion,            Q9100021, false 1.0",
            "harper,           Q9100030, false 0",     // a given name is no organisation with revenue
            "harper,           Q9100031, false 0",     // nor is a disambiguation page
            "jonas-brandt,     Q9100040, true 0.9",    // a person found through a German alias
            "lumen-chat,       Q9100003, true 1.0",    // an app that is software
    })
    void recordsEveryDecision(String entity, String qid, String decision) {
        Cli r = link();
        assertEquals(0, r.exit(), r.err());
        assertEquals(decision, decisions().get(entity + " " + qid));
    }

    @Test
    void linksOnlyTheClearCandidatesAndListsTheRest() {
        Cli r = link();
        assertEquals(0, r.exit(), r.err());
        assertEquals(7, decisions().size());
        assertEquals(Set.of("kestrel-dynamics Q9100010", "jonas-brandt Q9100040", "lumen-chat Q9100003"), links());
        assertTrue(r.out().contains("linked 3 of 5 entities"), r.out());
        assertTrue(r.out().contains("still unlinked: Harper, Orion") || r.out().contains("still unlinked: Orion, Harper"), r.out());
        String harper = r.out().lines().filter(l -> l.contains("Q9100030")).findFirst().orElseThrow();
        assertTrue(harper.contains("given name (Q202444)"), harper);
        String orion = r.out().lines().filter(l -> l.contains("Q9100020")).findFirst().orElseThrow();
        assertTrue(orion.contains("ambiguous: Q9100021"), orion);
    }

    @Test
    void decidingAgainReplacesTheOldDecisionsAndKeepsTheLinks() throws Exception {
        assertEquals(0, link().exit());
        Map<String, String> first = decisions();
        Files.delete(dir.resolve("links.ttl")); // forget the links: every entity is decided again
        Cli again = link("--min-score", "0.95");
        assertEquals(0, again.exit(), again.err());
        Map<String, String> second = decisions();
        assertEquals(first.keySet(), second.keySet(), "one decision per entity and candidate");
        assertEquals("false 0.9", second.get("jonas-brandt Q9100040"));
        assertTrue(again.out().lines().anyMatch(l -> l.contains("Q9100040") && l.contains("below 0.95")), again.out());
        assertEquals(Set.of("kestrel-dynamics Q9100010", "lumen-chat Q9100003"), links());
    }

    @Test
    void entitiesLinkedInTheLinksFileAreNotDecidedAgain() {
        assertEquals(0, link().exit());
        Cli again = link("--min-score", "0.95");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("3 entities already linked in"), again.err());
        assertEquals("true 0.9", decisions().get("jonas-brandt Q9100040"), "the earlier decision stands");
        assertTrue(again.out().contains("linked 0 of 2 entities"), again.out());
        assertTrue(links().contains("jonas-brandt Q9100040"), "links are only ever added");
    }

    @Test
    void withoutOnlineTheSnapshotIsSearched() {
        Cli r = Cli.run("link", "--data", TestFiles.resource("articles.trig").toString(),
                "--snapshot", TestFiles.resource("expected-snapshot.ttl").toString(),
                "--decisions", dir.resolve("decisions.ttl").toString(), "--links", dir.resolve("links.ttl").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Set.of("lumen-chat Q9100003"), links());
        assertEquals("false 0", decisions().get("kestrel-dynamics -"));
    }

    @Test
    void anUnreachableEndpointWritesNothing() {
        Cli r = Cli.run("link", "--online", "--endpoint", TestFiles.deadEndpoint(), "--retries", "1",
                "--data", TestFiles.resource("articles.trig").toString(),
                "--decisions", dir.resolve("decisions.ttl").toString(), "--links", dir.resolve("links.ttl").toString());
        assertEquals(CommandSupport.FAILED, r.exit());
        assertTrue(r.err().contains("unreachable after 1 attempts"), r.err());
        assertFalse(Files.exists(dir.resolve("decisions.ttl")));
        assertFalse(Files.exists(dir.resolve("links.ttl")));
    }

    @Test
    void theScoreOfAnEntityWithoutTypeNeverReachesTheDefault() {
        UnlinkedEntity untyped = new UnlinkedEntity(ENT + "x", java.util.Optional.empty(),
                List.of(new UnlinkedEntity.Name("Kestrel Dynamics", "de")), Set.of("de"), 1, 1, 0, 0);
        List<LinkDecision> d = new Linker(CandidateSearch.local(RdfFiles.readGraph(TestFiles.resource("wikidata-fixture.ttl"))),
                new BigDecimal("0.8")).decide(untyped);
        assertEquals(1, d.size());
        assertFalse(d.get(0).accepted());
        assertEquals(0, new BigDecimal("0.6").compareTo(d.get(0).score()));
    }

    @Test
    void aNameWithQuotesAndBracesIsSearchedAsItIs() {
        Cli r = Cli.run("link", "--online", "--endpoint", wikidata.sparqlUrl(),
                "--data", TestFiles.resource("odd-names.ttl").toString(),
                "--decisions", dir.resolve("decisions.ttl").toString(), "--links", dir.resolve("links.ttl").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Map.of("odd -", "false 0"), decisions());
        assertEquals(Set.of(), links());
        // the endpoint still holds its data
        assertEquals("true 1.0", decisionsAfterLinkingTheArticles().get("kestrel-dynamics Q9100010"));
    }

    private Map<String, String> decisionsAfterLinkingTheArticles() {
        assertEquals(0, link().exit());
        return decisions();
    }
}
