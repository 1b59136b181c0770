package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareCommandTest {

    private static final String CLAIM = "https://w3id.org/claimgraph/id/claim/";

    private static Map<String, ComparisonRow> compare(String tolerance) {
        Dataset ds = ClaimData.load(null, List.of(TestFiles.resource("articles.trig")));
        ClaimData.addSnapshot(ds, RdfFiles.readGraph(TestFiles.resource("expected-snapshot.ttl")));
        return Comparison.run(ds, new BigDecimal(tolerance)).stream()
                .collect(Collectors.toMap(r -> r.claim().substring(CLAIM.length()), r -> r));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "a1-1, AGREE,                    58700000000",
            "a1-2, NOT-COMPARABLE (quarter), ",
            "a1-3, AGREE,                    41250",
            "a2-1, DISAGREE,                 51200000000",
            "a2-2, WIKIDATA-GAP,             ",
            "a2-3, AGREE,                    9100000000",
    })
    void setsEachLinkedFigureBesideWikidatasStatementForTheYear(String claim, String verdict, BigDecimal wikidata) {
        ComparisonRow row = compare("0.01").get(claim);
        assertEquals(verdict, row.verdict().text());
        if (wikidata == null) assertTrue(row.wikidataValue().isEmpty(), row.toString());
        else assertEquals(0, wikidata.compareTo(row.wikidataValue().orElseThrow()), row.toString());
    }

    @Test
    void onlyTheComparableMetricsOfLinkedEntitiesAreListed() {
        // a RevenueChange claim and the claims about unlinked companies are not comparable
        assertEquals(List.of("a1-1", "a1-2", "a1-3", "a2-1", "a2-2", "a2-3"), compare("0.01").keySet().stream().sorted().toList());
    }

    @Test
    void theDifferenceIsRelativeToWikidata() {
        ComparisonRow r = compare("0.01").get("a2-1");
        // (50.0 − 51.2) / 51.2
        assertEquals(0, new BigDecimal("-0.0234").compareTo(r.difference().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP)));
    }

    @ParameterizedTest
    @CsvSource({"0.01, AGREE", "0.006, DISAGREE", "0.0061, AGREE"})
    void theToleranceDecidesAgreement(String tolerance, String verdict) {
        // 41000 against 41250 differs by 0.606 %
        assertEquals(verdict, compare(tolerance).get("a1-3").verdict().text());
    }

    @Test
    void printsAnAlignedTableAndWritesCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("out/compare.csv");
        Cli r = Cli.run("compare", "--data", TestFiles.resource("articles.trig").toString(),
                "--snapshot", TestFiles.resource("expected-snapshot.ttl").toString(), "--csv", csv.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("ENTITY +QID +METRIC +PERIOD +CLAIM +WIKIDATA +DIFF +VERDICT +SOURCE"), lines.get(0));
        String disagree = lines.stream().filter(l -> l.contains("FY2022")).findFirst().orElseThrow();
        assertTrue(disagree.matches("Nordwind Systems +Q9100001 +Revenue +FY2022 +50000000000 +51200000000 +-2\\.34 % +DISAGREE +a2\\.txt"),
                disagree);
        int verdictColumn = lines.get(0).indexOf("VERDICT");
        assertTrue(lines.stream().skip(2).limit(6).allMatch(l -> l.length() > verdictColumn
                && Character.isUpperCase(l.charAt(verdictColumn))), "aligned verdict column:\n" + r.out());
        assertEquals("AGREE 3, DISAGREE 1, WIKIDATA-GAP 1, NOT-COMPARABLE (quarter) 1", lines.get(lines.size() - 1));
        List<String> csvLines = Files.readAllLines(csv);
        assertEquals(7, csvLines.size());
        assertEquals("ENTITY,QID,METRIC,PERIOD,CLAIM,WIKIDATA,DIFF,VERDICT,SOURCE", csvLines.get(0));
        assertTrue(csvLines.contains("Nordwind Systems,Q9100001,NetIncome,2024,10000000000,-,-,WIKIDATA-GAP,a2.txt"), csvLines.toString());
    }

    @Test
    void readsClaimsAndTheSnapshotGraphFromAStore(@TempDir Path dir) {
        Path store = dir.resolve("store");
        org.apache.jena.query.Dataset tdb = org.apache.jena.tdb2.TDB2Factory.connectDataset(store.toString());
        org.apache.jena.system.Txn.executeWrite(tdb, () -> {
            org.apache.jena.riot.RDFDataMgr.read(tdb, TestFiles.resource("articles.trig").toString());
            org.apache.jena.riot.RDFDataMgr.read(tdb.getNamedModel(WdVocab.WIKIDATA_GRAPH),
                    TestFiles.resource("expected-snapshot.ttl").toString());
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb.asDatasetGraph());
        Cli r = Cli.run("compare", "--store", store.toString(), "--snapshot", dir.resolve("absent.ttl").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("AGREE 3, DISAGREE 1, WIKIDATA-GAP 1, NOT-COMPARABLE (quarter) 1\n"), r.out());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "h1-1, AGREE,                       43100, as of 2024-05-02",
            "h1-2, AGREE (Wikidata undated),    12000, as of 2024-05-02",
            "h1-3, DISAGREE (Wikidata undated), 12000, as of 2024-05-02",
    })
    void anUndatedHeadcountIsAsOfItsArticlesDate(String claim, String verdict, BigDecimal wikidata, String period) {
        Dataset ds = ClaimData.load(null, List.of(TestFiles.resource("headcounts.trig")));
        ClaimData.addSnapshot(ds, RdfFiles.readGraph(TestFiles.resource("headcount-snapshot.ttl")));
        Map<String, ComparisonRow> rows = Comparison.run(ds, new BigDecimal("0.01")).stream()
                .collect(Collectors.toMap(r -> r.claim().substring(CLAIM.length()), r -> r));
        ComparisonRow row = rows.get(claim);
        assertEquals(verdict, row.verdict().text(), row.toString());
        assertEquals(period, row.period());
        assertEquals(0, wikidata.compareTo(row.wikidataValue().orElseThrow()), row.toString());
        // an undated revenue, and a headcount in an undated article, have no point in time to compare
        assertEquals(List.of("h1-1", "h1-2", "h1-3"), rows.keySet().stream().sorted().toList());
    }

    @Test
    void withoutASnapshotItSaysSo(@TempDir Path dir) {
        Cli r = Cli.run("compare", "--data", TestFiles.resource("articles.trig").toString(),
                "--snapshot", dir.resolve("absent.ttl").toString());
        assertEquals(CommandSupport.FAILED, r.exit());
        assertTrue(r.err().contains("absent.ttl") && r.err().contains("no such readable file"), r.err());
    }
}
