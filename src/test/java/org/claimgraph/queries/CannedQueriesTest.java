package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every canned query runs on sample.trig through the union default graph and gives the expected rows. */
class CannedQueriesTest {

    static QueryFixture fixture;

    @BeforeAll
    static void load() {
        fixture = new QueryFixture();
    }

    static Stream<String> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QueryFixture.QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyQueryStatesItsQuestionAndNeedsNoGraphClause(String file) throws IOException {
        String text = Files.readString(QueryFixture.QUERIES.resolve(file));
        assertTrue(text.startsWith("# Question: "), file + " starts with its question");
        Query q = QueryFixture.parse(file);
        boolean[] graphOrService = new boolean[2];
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementNamedGraph el) { graphOrService[0] = true; }
            @Override public void visit(ElementService el) { graphOrService[1] = true; }
        });
        assertFalse(graphOrService[0], file + " relies on the union default graph");
        assertEquals(file.startsWith("federated-"), graphOrService[1], file + ": only the federated query calls a service");
    }

    @Test
    void thereAreAtLeastTwelveQueries() throws IOException {
        assertTrue(queryFiles().count() >= 12);
    }

    @Test
    void claimsAboutAnEntity() {
        List<Map<String, String>> rows = fixture.select("claims-about-entity.rq");
        assertEquals(6, rows.size(), rows::toString);
        Map<String, String> first = rows.get(0);   // q01 (German article), period 2026
        assertEquals("q01_de_meta.txt", first.get("file"));
        assertEquals("cg:Revenue", first.get("metric"));
        assertEquals("201500000000", first.get("value"));
        assertTrue(first.get("sentence").contains("201,5 Milliarden Dollar"), first::toString);
        assertEquals(List.of("q01_de_meta.txt", "q01_de_meta.txt", "q01_de_meta.txt", "q02_en_meta.txt", "q02_en_meta.txt", "q02_en_meta.txt"),
                column(rows, "file"));
    }

    @Test
    void financialFiguresByPeriod() {
        List<Map<String, String>> rows = fixture.select("financial-figures-by-period.rq");
        assertEquals(List.of("Meta Platforms|2026|revenue|201500000000||",
                        "Meta Platforms|2027-Q1|net income|19200000000||",
                        "Meta Platforms|2027-Q1|revenue||52000000000|55000000000",
                        "Meta Platforms|2027-Q1|revenue|56100000000||",
                        "Nvidia|2026|revenue|190000000000||"),
                rows.stream().map(r -> String.join("|", g(r, "company"), g(r, "period"), g(r, "metricLabel"),
                        g(r, "value"), g(r, "lower"), g(r, "upper"))).toList());
        assertEquals("cg:Forecast", rows.get(2).get("modality"));
        assertEquals("wd:Q4917", rows.get(0).get("unit"));
    }

    @Test
    void computeClaims() {
        List<Map<String, String>> rows = fixture.select("compute-claims.rq");
        assertEquals(2, rows.size(), rows::toString);
        Map<String, String> llama = rows.get(0);
        assertEquals("Llama 5", llama.get("subject"));
        assertEquals("10", llama.get("ratio"));
        assertEquals("Llama 4", llama.get("comparedTo"));
        assertEquals("cg:AtMost", llama.get("approximation"));
        Map<String, String> meta = rows.get(1);
        assertEquals("Meta Platforms", meta.get("subject"));
        assertEquals("1300000", meta.get("value"));
        assertEquals("cg:Plan", meta.get("modality"));
        assertEquals("cg:Approximately", meta.get("approximation"));
    }

    @Test
    void whoSaidWhat() {
        List<Map<String, String>> rows = fixture.select("who-said-what.rq");
        assertEquals(List.of("Mark Zuckerberg|56100000000|q02_en_meta.txt", "Susan Li|201500000000|q01_de_meta.txt"),
                rows.stream().map(r -> g(r, "speaker") + "|" + g(r, "value") + "|" + g(r, "file")).toList());
        assertTrue(rows.get(1).get("sentence").contains("Finanzvorständin Susan Li"));
        assertEquals("Meta steigert den Umsatz kräftig.", rows.get(1).get("headline"));
    }

    @Test
    void appUserNumbersInOrderOfPublication() {
        List<Map<String, String>> rows = fixture.select("app-user-numbers.rq");
        assertEquals(List.of("Threads|2027-02-03|cg:MonthlyActiveUsers|410000000",
                        "Threads|2027-05|cg:DailyActiveUsers|150000000",
                        "Threads|2027-05|cg:MonthlyActiveUsers|455000000"),
                rows.stream().map(r -> String.join("|", g(r, "app"), g(r, "published"), g(r, "metric"), g(r, "value"))).toList());
    }

    @Test
    void comparisons() {
        List<Map<String, String>> rows = fixture.select("comparisons.rq");
        assertEquals(1, rows.size());
        assertEquals("Llama 5|10|cg:AtMost|cg:GPUCount|Llama 4", String.join("|", g(rows.get(0), "subject"),
                g(rows.get(0), "ratio"), g(rows.get(0), "approximation"), g(rows.get(0), "metric"), g(rows.get(0), "comparedTo")));
        assertTrue(rows.get(0).get("sentence").startsWith("Llama 5 was trained"));
    }

    @Test
    void executives() {
        List<Map<String, String>> rows = fixture.select("executives.rq");
        assertEquals(List.of("Meta Platforms|chief executive officer of|Mark Zuckerberg|1",
                        "Meta Platforms|chief financial officer of|Susan Li|1"),
                rows.stream().map(r -> String.join("|", g(r, "organization"), g(r, "role"), g(r, "person"), g(r, "articles"))).toList());
    }

    @Test
    void competitorsFromBothSides() {
        List<Map<String, String>> rows = fixture.select("competitors.rq");
        assertEquals(List.of("Threads|X", "X|Threads"), rows.stream().map(r -> g(r, "entity") + "|" + g(r, "competitor")).toList());
    }

    @Test
    void forecastVersusReported() {
        List<Map<String, String>> rows = fixture.select("forecast-vs-reported.rq");
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> r = rows.get(0);
        assertEquals("Meta Platforms|cg:Revenue|2027-Q1|52000000000|55000000000|56100000000",
                String.join("|", g(r, "entity"), g(r, "metric"), g(r, "period"), g(r, "forecastLower"), g(r, "forecastUpper"), g(r, "reported")));
        assertEquals(0, new java.math.BigDecimal("2600000000").compareTo(new java.math.BigDecimal(r.get("difference"))), r::toString);
        assertEquals("false", r.get("withinRange"));
        assertEquals("q01_de_meta.txt", r.get("forecastFile"));
        assertEquals("q02_en_meta.txt", r.get("reportedFile"));
    }

    @Test
    void entitiesLinkedToWikidata() {
        List<Map<String, String>> rows = fixture.select("wikidata-linked-entities.rq");
        assertEquals(List.of("Meta Platforms|Q380|2", "Nvidia|Q182477|2", "Mark Zuckerberg|Q36215|1", "X|Q918|1"),
                rows.stream().map(r -> String.join("|", g(r, "label"), g(r, "qid"), g(r, "articles"))).toList());
    }

    @Test
    void claimsAgainstWikidataFacts() {
        List<Map<String, String>> rows = fixture.select("claims-vs-wikidata.rq");
        assertEquals(List.of("Meta Platforms|cg:Revenue|2026|201500000000|201000000000|true",
                        "Nvidia|cg:Revenue|2026|190000000000|210000000000|false"),
                rows.stream().map(r -> String.join("|", g(r, "entity"), g(r, "metric"), g(r, "year"), g(r, "claimed"),
                        g(r, "wikidata"), g(r, "agrees"))).toList());
        double diff = Double.parseDouble(rows.get(0).get("relativeDifference"));
        assertEquals(0.5 / 201, diff, 1e-9);
    }

    @Test
    void articlesByLanguageAndDate() {
        List<Map<String, String>> rows = fixture.select("articles-by-language-date.rq");
        assertEquals(List.of("de|2027-01|estimated|q03_de_undatiert.txt|0", "de|2027-02-03|stated|q01_de_meta.txt|6",
                        "en|2027-05|stated|q02_en_meta.txt|9"),
                rows.stream().map(r -> String.join("|", g(r, "language"), g(r, "published"), g(r, "dated"), g(r, "file"),
                        g(r, "claims"))).toList());
    }

    @Test
    void metricChangesNextToTheirLevel() {
        List<Map<String, String>> rows = fixture.select("metric-changes.rq");
        assertEquals(List.of("Meta Platforms|cg:NetIncomeChange|2027-Q1|12|true|19200000000"),
                rows.stream().map(r -> String.join("|", g(r, "entity"), g(r, "change"), g(r, "period"), g(r, "changeValue"),
                        g(r, "inPercent"), g(r, "level"))).toList());
    }

    @Test
    void lowConfidenceClaims() {
        List<Map<String, String>> rows = fixture.select("low-confidence-claims.rq");
        assertEquals(List.of("0.55|figure-for", "0.6|rival-compound", "0.65|times-as-many"),
                rows.stream().map(r -> g(r, "confidence") + "|" + g(r, "rule")).toList());
    }

    @Test
    void federatedQueryParses() {
        Query q = QueryFixture.parse("federated-wikidata.rq");
        assertTrue(q.isSelectType());
        assertTrue(q.toString().contains("https://query.wikidata.org/sparql"));
    }

    private static String g(Map<String, String> row, String var) {
        return row.getOrDefault(var, "");
    }

    private static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> g(r, var)).collect(Collectors.toList());
    }
}
