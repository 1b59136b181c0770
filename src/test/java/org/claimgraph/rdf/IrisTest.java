package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.claimgraph.claim.Approximation;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.Metric;
import org.claimgraph.claim.Modality;
import org.claimgraph.claim.Provenance;
import org.claimgraph.claim.QuantitativeClaim;
import org.claimgraph.claim.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IrisTest {

    static Stream<String> awkwardNames() {
        return Stream.of("AT&T", "C++", "東京", "a b", "%zz", "../x", "..", ".", "", "Meta Platforms",
                "emoji \uD83D\uDE00", "tab\there", "q\"<>{}|\\^`", "x#frag?y=1", "ß-Straße", "\u0000nul",
                "combining e\u0301", "\uE000private", "https://example.org/a");
    }

    @ParameterizedTest
    @MethodSource("awkwardNames")
    void anyStringGivesAValidAbsoluteIri(String name) {
        for (Node n : List.of(Iris.article(name), Iris.entity(name), Iris.entity(Iris.slug(name)), Iris.span(name, 0, 7))) {
            IRIx iri = IRIx.create(n.getURI());
            assertTrue(iri.isAbsolute(), n.getURI());
            assertFalse(iri.hasViolations(), () -> "violations in " + n.getURI());
            assertTrue(n.getURI().startsWith(CGR.NS));
            // no dot-segments, no fragment or query: the IRI stays what we minted when resolved
            assertEquals(n.getURI(), IRIx.create(CGR.NS).resolve(n.getURI()).str());
        }
    }

    @Test
    void differentNamesNeverShareAnIri() {
        Set<String> iris = new HashSet<>();
        awkwardNames().forEach(n -> iris.add(Iris.entity(n).getURI()));
        assertEquals(awkwardNames().count(), iris.size());
    }

    @ParameterizedTest
    @CsvSource({
            "000_e3dcabc6ab02a58b.txt, https://w3id.org/claimgraph/id/article/000_e3dcabc6ab02a58b",
            "data/articles/02_de_meta.html, https://w3id.org/claimgraph/id/article/02_de_meta",
            "a b.txt, https://w3id.org/claimgraph/id/article/a%20b",
            "report.v2.txt, https://w3id.org/claimgraph/id/article/report.v2",
            "..txt, https://w3id.org/claimgraph/id/article/%2E",
            "Zürich.txt, https://w3id.org/claimgraph/id/article/Zürich"})
    void articleIriFromTheFileBaseName(String file, String iri) {
        assertEquals(iri, Iris.article(file).getURI());
    }

    @ParameterizedTest
    @CsvSource({"Meta Platforms, meta-platforms", "AT&T, at-and-t", "C++, c-plus-plus", "Zürich, zurich",
            "東京, 東京", "../x, x", "%zz, zz", "  Llama 3.1 , llama-3-1", "Straße, strasse", "OpenAI, openai"})
    void slugsAreReadable(String name, String slug) {
        assertEquals(slug, Iris.slug(name));
    }

    @Test
    void aNameWithoutLettersGetsAHashSlug() {
        String s = Iris.slug("!!!");
        assertTrue(s.matches("x-[0-9a-f]{12}"), s);
        assertNotEquals(s, Iris.slug("???"));
    }

    @Test
    void readableSlugsAreKeptAsTheyAre() {
        assertEquals(CGR.ENTITY + "meta-platforms", Iris.entity(new org.claimgraph.entity.Entity("meta-platforms", org.claimgraph.entity.EntityType.ORGANIZATION, java.util.Map.of(), List.of(), "Q380")).getURI());
    }

    @Test
    void claimIrisAreDeterministicHashes() {
        Node article = Iris.article("t01_en_alphabet.txt");
        String iri = Iris.claim(article, Samples.revenue()).getURI();
        assertEquals(iri, Iris.claim(article, Samples.revenue()).getURI());
        assertTrue(iri.matches(CGR.CLAIM + "[0-9a-f]{24}"), iri);
        assertNotEquals(iri, Iris.claim(Iris.article("t02.txt"), Samples.revenue()).getURI());
    }

    @Test
    void theSameFigureWrittenDifferentlyIsTheSameClaim() {
        Node article = Iris.article("t01_en_alphabet.txt");
        assertEquals(Iris.claim(article, revenue(new BigDecimal("8.125E10"), Samples.revenue().provenance())),
                Iris.claim(article, revenue(new BigDecimal("81250000000.00"), Samples.revenue().provenance())));
    }

    /** Claims that differ in one field each: no two share an IRI. */
    @Test
    void claimsThatDifferNeverCollide() {
        QuantitativeClaim r = Samples.revenue();
        Provenance p = r.provenance();
        List<Claim> claims = List.of(r,
                new QuantitativeClaim(r.about(), Metric.REVENUE, true, r.value(), null, null, r.unit(), null, r.period(), null, p),
                new QuantitativeClaim(r.about(), Metric.NET_INCOME, false, r.value(), null, null, r.unit(), null, r.period(), null, p),
                new QuantitativeClaim(Samples.MICROSOFT, Metric.REVENUE, false, r.value(), null, null, r.unit(), null, r.period(), null, p),
                new QuantitativeClaim(r.about(), Metric.REVENUE, false, BigDecimal.ONE, null, null, r.unit(), null, r.period(), null, p),
                new QuantitativeClaim(r.about(), Metric.REVENUE, false, null, r.value(), null, r.unit(), null, r.period(), null, p),
                new QuantitativeClaim(r.about(), Metric.REVENUE, false, null, null, r.value(), r.unit(), null, r.period(), null, p),
                new QuantitativeClaim(r.about(), Metric.REVENUE, false, r.value(), null, null, Unit.EUR, null, r.period(), null, p),
                new QuantitativeClaim(r.about(), Metric.REVENUE, false, r.value(), null, null, r.unit(), Approximation.AT_MOST, r.period(), null, p),
                new QuantitativeClaim(r.about(), Metric.REVENUE, false, r.value(), null, null, r.unit(), null, "2025-Q3", null, p),
                new QuantitativeClaim(r.about(), Metric.REVENUE, false, r.value(), null, null, r.unit(), null, r.period(), "AI", p),
                revenue(r.value(), new Provenance(p.evidence(), p.speaker(), Modality.FORECAST, p.extractedBy(), p.confidence())),
                revenue(r.value(), new Provenance(p.evidence(), null, p.modality(), p.extractedBy(), p.confidence())),
                revenue(r.value(), new Provenance(Samples.evidence(2), p.speaker(), p.modality(), p.extractedBy(), p.confidence())),
                Samples.operatingIncomeRange(), Samples.comparison(), Samples.cfo());
        Node article = Iris.article("t01_en_alphabet.txt");
        Set<Node> iris = new HashSet<>();
        for (Claim c : claims) iris.add(Iris.claim(article, c));
        assertEquals(claims.size(), iris.size());
    }

    private static QuantitativeClaim revenue(BigDecimal value, Provenance p) {
        QuantitativeClaim r = Samples.revenue();
        return new QuantitativeClaim(r.about(), r.metric(), false, value, null, null, r.unit(), null, r.period(), null, p);
    }
}
