package org.claimgraph.cli;

import static org.claimgraph.cli.CliRunner.resource;
import static org.claimgraph.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.store.FakePipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands end to end on a real TDB2 store, with the stand-in pipeline. */
class CommandsTest {

    static final String COUNT_ARTICLES = "SELECT (COUNT(?a) AS ?n) { ?a a cg:Article }";

    @TempDir Path dir;
    Path articles;
    Path store;

    @BeforeEach
    void articles() throws Exception {
        articles = dir.resolve("articles");
        FakePipeline.article(articles.resolve("001.txt"), "acme", "12.5");
        FakePipeline.article(articles.resolve("002.html"), "globex", "7");
        FakePipeline.article(articles.resolve("nested/003.htm"), "acme", "3");
        Files.writeString(articles.resolve("notes.md"), "not an article");
        store = dir.resolve("store");
    }

    private Path failing(String name, String reason) throws Exception {
        return Files.writeString(articles.resolve(name), "fail: " + reason + "\n");
    }

    private String queryCsv(String sparql) {
        CliRunner.Result r = run("query", "--store", store.toString(), "--results", "csv", sparql);
        assertEquals(0, r.exit(), r.toString());
        return r.out();
    }

    private static List<String> csvColumn(String csv) {
        List<String> l = new ArrayList<>(csv.lines().toList());
        l.remove(0);
        return l;
    }

    @Test
    void ingestStoresEveryArticleAndReingestDoesNotDuplicate() {
        CliRunner.Result r = run("ingest", "--store", store.toString(), articles.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("3 of 3 article(s) stored, 3 claim(s)"), r.out());
        assertEquals(List.of("3"), csvColumn(queryCsv(COUNT_ARTICLES)));

        assertEquals(0, run("ingest", "--store", store.toString(), articles.toString()).exit());
        assertEquals(List.of("3"), csvColumn(queryCsv(COUNT_ARTICLES)));
        assertEquals(List.of("3"), csvColumn(queryCsv("SELECT (COUNT(?c) AS ?n) { ?c a cg:QuantitativeClaim }")));
    }

    @Test
    void aFailingFileIsReportedAndTheBatchGoesOn() throws Exception {
        failing("000-bad.txt", "empty article");
        CliRunner.Result r = run("ingest", "--store", store.toString(), articles.toString());
        assertEquals(Main.USER_ERROR, r.exit(), r.toString());
        assertTrue(r.out().startsWith("3 of 4 article(s) stored"), r.out());
        assertTrue(r.err().contains("000-bad.txt: empty article"), r.err());
        assertEquals(List.of("3"), csvColumn(queryCsv(COUNT_ARTICLES)));
    }

    @Test
    void queryUsesTheUnionGraphAndPrefixes() {
        assertEquals(0, run("ingest", "--store", store.toString(), articles.toString()).exit());
        String csv = queryCsv("SELECT ?v { ?c cg:metric cg:Revenue ; cg:value ?v } ORDER BY ?v");
        // TDB2 stores decimals by value, so compare values, not lexical forms
        assertEquals(List.of(new java.math.BigDecimal("3"), new java.math.BigDecimal("7"), new java.math.BigDecimal("12.5")),
                csvColumn(csv).stream().map(v -> new java.math.BigDecimal(v).stripTrailingZeros()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "csv   ; n",
        "tsv   ; ?n",
        "json  ; \"vars\"",
        "table ; | n |",
    })
    void resultFormats(String format, String marker) {
        CliRunner.Result r = run("query", "--data", resource("graphs.trig").toString(), "--results", format,
                "SELECT (COUNT(?c) AS ?n) { ?c cg:about <https://w3id.org/claimgraph/id/entity/zeta-systems> }");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains(marker), r.out());
        assertTrue(r.out().contains("2"), r.out());
    }

    @Test
    void queryFromAFileOverData() throws Exception {
        Path q = Files.writeString(dir.resolve("q.rq"), "SELECT ?e { ?e owl:sameAs ?w }");
        CliRunner.Result r = run("query", "--data", resource("graphs.trig").toString(), "--query-file", q.toString(), "--results", "csv");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("https://w3id.org/claimgraph/id/entity/zeta-systems"), csvColumn(r.out()));
    }

    @Test
    void queryMayFollowTheDataFiles() {
        CliRunner.Result r = run("query", "--results", "csv", "--data", resource("graphs.trig").toString(),
                resource("bad-claim.ttl").toString(), "SELECT (COUNT(?c) AS ?n) { ?c a cg:QuantitativeClaim }");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("3"), csvColumn(r.out()));
    }

    @Test
    void turtleDataGoesIntoTheUnion() {
        CliRunner.Result r = run("query", "--data", resource("bad-claim.ttl").toString(), "--results", "csv",
                "SELECT ?v { ?c cg:value ?v }");
        assertEquals(List.of("many"), csvColumn(r.out()), r.toString());
    }

    @Test
    void exportWholeStoreAndOneGraph() throws Exception {
        assertEquals(0, run("ingest", "--store", store.toString(), articles.toString()).exit());
        Path trig = dir.resolve("out/kg.trig");
        CliRunner.Result r = run("export", "--store", store.toString(), "--format", "trig", "--output", trig.toString());
        assertEquals(0, r.exit(), r.toString());
        DatasetGraph parsed = RDFParser.source(trig).lang(Lang.TRIG).toDatasetGraph();
        List<String> graphs = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        graphs.sort(null);
        assertEquals(List.of("https://w3id.org/claimgraph/id/article/001", "https://w3id.org/claimgraph/id/article/002",
                "https://w3id.org/claimgraph/id/article/003"), graphs);

        CliRunner.Result one = run("export", "--store", store.toString(), "--format", "turtle",
                "--graph", "https://w3id.org/claimgraph/id/article/002");
        assertEquals(0, one.exit(), one.toString());
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(one.out(), Lang.TURTLE).parse(g);
        assertTrue(parsed.getGraph(NodeFactory.createURI("https://w3id.org/claimgraph/id/article/002")).isIsomorphicWith(g));

        CliRunner.Result missing = run("export", "--store", store.toString(), "--format", "turtle", "--graph", "http://example.org/none");
        assertEquals(Main.USER_ERROR, missing.exit());
    }

    @Test
    void statsCountsArticlesClaimsAndLinks() {
        CliRunner.Result r = run("stats", "--data", resource("graphs.trig").toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().matches("(?s).*articles\\s+2\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*claims\\s+3\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*cg:QuantitativeClaim\\s+2\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*cg:Revenue\\s+1\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*entities\\s+2\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*linked entities\\s+1\\n.*"), r.out());
    }

    @Test
    void statsOfAnIngestedStore() {
        assertEquals(0, run("ingest", "--store", store.toString(), articles.toString()).exit());
        CliRunner.Result r = run("stats", "--store", store.toString());
        assertTrue(r.out().matches("(?s).*articles\\s+3\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*entities\\s+2\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*linked entities\\s+0\\n.*"), r.out());
    }

    @Test
    void validateExitCodes() {
        String shapes = resource("shapes.ttl").toString();
        CliRunner.Result ok = run("validate", "--shapes", shapes, "--data", resource("graphs.trig").toString());
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.out().contains("0 violation(s)"), ok.out());

        CliRunner.Result bad = run("validate", "--shapes", shapes, "--data", resource("bad-claim.ttl").toString());
        assertEquals(Main.USER_ERROR, bad.exit(), bad.toString());
        assertTrue(bad.out().contains("VIOLATION <https://w3id.org/claimgraph/id/claim/bad> cg:about: a claim needs exactly one subject"), bad.out());
        assertTrue(bad.out().contains("VIOLATION <https://w3id.org/claimgraph/id/claim/bad> cg:value: value must be xsd:decimal"), bad.out());
        assertTrue(bad.out().contains("2 violation(s)"), bad.out());
    }

    @Test
    void validateAnIngestedStore() {
        assertEquals(0, run("ingest", "--store", store.toString(), articles.toString()).exit());
        CliRunner.Result r = run("validate", "--store", store.toString(), "--shapes", resource("shapes.ttl").toString());
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void extractWritesTheGoodFilesAndReportsTheBad() throws Exception {
        Path bad = failing("004.txt", "no text");
        Path out = dir.resolve("extract.nq");
        CliRunner.Result r = run("extract", articles.resolve("001.txt").toString(), bad.toString(),
                articles.resolve("002.html").toString(), "--format", "nquads", "--output", out.toString());
        assertEquals(Main.USER_ERROR, r.exit(), r.toString());
        assertTrue(r.err().contains("004.txt: no text"), r.err());
        DatasetGraph parsed = RDFParser.source(out).lang(Lang.NQUADS).toDatasetGraph();
        List<String> graphs = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        graphs.sort(null);
        assertEquals(List.of("https://w3id.org/claimgraph/id/article/001", "https://w3id.org/claimgraph/id/article/002"), graphs);
    }

    @Test
    void extractToStandardOutput() {
        CliRunner.Result r = run("extract", articles.resolve("001.txt").toString(), "--format", "turtle");
        assertEquals(0, r.exit(), r.toString());
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/claimgraph/id/article/001"), org.apache.jena.graph.Node.ANY,
                NodeFactory.createLiteralString("001.txt")));
        assertTrue(r.out().contains("cg:Article"), "project prefixes are used");
    }

    @Test
    void serveIngestsFirstAndAnswersQueries() throws Exception {
        List<String> answers = new ArrayList<>();
        var ontology = GraphFactory.createDefaultGraph();
        ontology.add(NodeFactory.createURI(FakePipeline.CG + "Revenue"), org.apache.jena.vocabulary.RDFS.label.asNode(),
                NodeFactory.createLiteralLang("revenue", "en"));
        CliContext ctx = CliRunner.context().withData(() -> ontology, GraphFactory::createDefaultGraph)
                .withWhileServing(server -> {
                    try {
                        String q = "PREFIX cg: <" + FakePipeline.CG + "> SELECT (COUNT(?a) AS ?n) "
                                + "{ ?a a cg:Article . cg:Revenue ?p ?label }";
                        HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                                server.sparqlUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
                        answers.add(resp.statusCode() + " " + resp.body().lines().skip(1).findFirst().orElse(""));
                    } catch (Exception e) {
                        answers.add(e.toString());
                    }
                });
        CliRunner.Result r = run(ctx, "serve", "--store", store.toString(), "--port", "0", "--ingest", articles.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("/kg/sparql (read-only)"), r.out());
        assertEquals(List.of("200 3"), answers);
    }
}
