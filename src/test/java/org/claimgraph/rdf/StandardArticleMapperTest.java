package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.claim.Evidence;
import org.claimgraph.claim.Metric;
import org.claimgraph.claim.Modality;
import org.claimgraph.claim.Provenance;
import org.claimgraph.claim.QuantitativeClaim;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.pipeline.ExtractedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardArticleMapperTest {

    private static final Node ARTICLE = NodeFactory.createURI(CGR.ARTICLE + "t01_en_alphabet");

    @Test
    void everyQuadIsInTheArticleGraph() {
        DatasetGraph dsg = Mapped.dataset(Samples.article());
        List<Quad> quads = dsg.stream().toList();
        assertFalse(quads.isEmpty());
        assertTrue(quads.stream().allMatch(q -> q.getGraph().equals(ARTICLE)), "all quads in " + ARTICLE);
        assertTrue(dsg.getDefaultGraph().isEmpty());
    }

    @Test
    void articleNodeCarriesItsMetadata() {
        Graph g = Mapped.graph(Samples.article());
        assertTrue(g.contains(ARTICLE, RDF.Nodes.type, CG.Article));
        assertEquals(Set.of(NodeFactory.createLiteralDT("2025-07-24", XSDDatatype.XSDdate)), objects(g, ARTICLE, SCHEMA.datePublished));
        assertEquals(Set.of(NodeFactory.createLiteralString("en")), objects(g, ARTICLE, SCHEMA.inLanguage));
        assertEquals(Set.of(NodeFactory.createURI("https://news.example.org/alphabet/cloud-sales")), objects(g, ARTICLE, SCHEMA.url));
        assertEquals(Set.of(NodeFactory.createLiteralString("t01_en_alphabet.txt")), objects(g, ARTICLE, CG.sourceFile));
        assertEquals(Set.of(NodeFactory.createLiteralString(Samples.text())), objects(g, ARTICLE, CG.text));
        assertEquals(Set.of(NodeFactory.createLiteralString(Samples.SENTENCES.get(0))), objects(g, ARTICLE, SCHEMA.headline));
        Set<String> mentioned = objects(g, ARTICLE, SCHEMA.mentions).stream().map(Node::getURI).collect(Collectors.toSet());
        assertEquals(Set.of("alphabet", "ruth-porat", "google-cloud", "gemini-app", "copilot", "microsoft").stream()
                .map(s -> CGR.ENTITY + s).collect(Collectors.toSet()), mentioned);
    }

    @ParameterizedTest
    @CsvSource({
            "alphabet,     Organization, Alphabet,     Alphabet,  Q20800404",
            "microsoft,    Organization, Microsoft,    Microsoft, Q2283",
            "ruth-porat,   Person,       Ruth Porat,   ,",
            "gemini-app,   App,          Gemini,       ,",
            "google-cloud, Organization, Google Cloud, ,"})
    void entitiesAreTypedLabelledAndLinked(String slug, String type, String en, String de, String qid) {
        Graph g = Mapped.graph(Samples.article());
        Node e = NodeFactory.createURI(CGR.ENTITY + slug);
        assertEquals(Set.of(CG.node(type)), objects(g, e, RDF.Nodes.type));
        Set<Node> labels = objects(g, e, org.apache.jena.vocabulary.RDFS.Nodes.label);
        Set<Node> expected = de == null ? Set.of(NodeFactory.createLiteralLang(en, "en"))
                : Set.of(NodeFactory.createLiteralLang(en, "en"), NodeFactory.createLiteralLang(de, "de"));
        assertEquals(expected, labels);
        Set<Node> sameAs = objects(g, e, org.apache.jena.vocabulary.OWL.sameAs.asNode());
        assertEquals(qid == null ? Set.of() : Set.of(NodeFactory.createURI(WD.NS + qid)), sameAs);
    }

    @Test
    void quantitativeClaimsCarryValuesAsPlainDecimals() {
        ResultSetRewindable rs = Mapped.select(Mapped.graph(Samples.article()), """
                SELECT * WHERE {
                  ?c a cg:QuantitativeClaim ; cg:about ?about ; cg:metric ?metric ; cg:modality ?modality ;
                     cg:unit ?unit ; cg:period ?period ; prov:wasDerivedFrom ?article ;
                     cg:extractedBy ?rule ; cg:confidence ?conf .
                  OPTIONAL { ?c cg:value ?value } OPTIONAL { ?c cg:lowerBound ?lower } OPTIONAL { ?c cg:upperBound ?upper }
                  OPTIONAL { ?c prov:wasAttributedTo ?speaker } OPTIONAL { ?c cg:approximation ?approx }
                } ORDER BY ?period""");
        assertEquals(2, rs.size());
        QuerySolution revenue = rs.next();
        assertEquals(CGR.ENTITY + "alphabet", revenue.getResource("about").getURI());
        assertEquals(CG.NS + "Revenue", revenue.getResource("metric").getURI());
        assertEquals(decimal("81250000000"), revenue.get("value").asNode());
        assertEquals(WD.NS + "Q4917", revenue.getResource("unit").getURI());
        assertEquals("2025-Q2", revenue.getLiteral("period").getLexicalForm());
        assertEquals(CG.NS + "Reported", revenue.getResource("modality").getURI());
        assertEquals(CGR.ENTITY + "ruth-porat", revenue.getResource("speaker").getURI());
        assertEquals(ARTICLE.getURI(), revenue.getResource("article").getURI());
        assertEquals("figure-said", revenue.getLiteral("rule").getLexicalForm());
        assertEquals(decimal("0.9"), revenue.get("conf").asNode());
        assertNull(revenue.get("lower"));
        assertNull(revenue.get("approx"));

        QuerySolution range = rs.next();
        assertEquals(CGR.ENTITY + "google-cloud", range.getResource("about").getURI());
        assertNull(range.get("value"));
        assertEquals(decimal("1500000000"), range.get("lower").asNode());
        assertEquals(decimal("1750000000"), range.get("upper").asNode());
        assertEquals(CG.NS + "Forecast", range.getResource("modality").getURI());
        assertNull(range.get("speaker"));
    }

    @Test
    void evidenceSpansCountCodePointsAndAnchorTheSentence() {
        Graph g = Mapped.graph(Samples.article());
        ResultSetRewindable rs = Mapped.select(g, """
                SELECT ?span ?b ?e ?anchor ?ok WHERE {
                  ?c cg:evidence ?span .
                  ?span a nif:String ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; nif:referenceContext ?a .
                  ?a cg:text ?text .
                  BIND (SUBSTR(?text, ?b + 1, ?e - ?b) = ?anchor AS ?ok)
                } GROUP BY ?span ?b ?e ?anchor ?ok ORDER BY ?b""");
        // the revenue and the CFO claim share sentence 1: three spans for four claims
        assertEquals(3, rs.size());
        int sentence = 1;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Evidence ev = Samples.evidence(sentence++);
            int begin = Samples.text().codePointCount(0, ev.begin());
            assertEquals(ev.begin() - 1, begin, "the emoji is two UTF-16 units, one code point");
            assertEquals(begin, s.getLiteral("b").getInt());
            assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), s.getLiteral("b").getDatatypeURI());
            assertEquals(ev.sentence(), s.getLiteral("anchor").getLexicalForm());
            assertTrue(s.getLiteral("ok").getBoolean(), "SUBSTR of cg:text at the span is its anchor");
            assertEquals(CGR.SPAN + "t01_en_alphabet-" + begin + "-" + (begin + ev.sentence().length()),
                    s.getResource("span").getURI());
        }
    }

    @Test
    void comparativeClaim() {
        ResultSetRewindable rs = Mapped.select(Mapped.graph(Samples.article()), """
                SELECT * WHERE { ?c a cg:ComparativeClaim ; cg:about ?about ; cg:metric ?metric ; cg:ratio ?ratio ;
                  cg:comparedTo ?other ; cg:approximation ?approx ; cg:modality ?modality ; cg:evidence ?span ;
                  prov:wasDerivedFrom ?article }""");
        assertEquals(1, rs.size());
        QuerySolution s = rs.next();
        assertEquals(CGR.ENTITY + "gemini-app", s.getResource("about").getURI());
        assertEquals(CG.NS + "Users", s.getResource("metric").getURI());
        assertEquals(decimal("2"), s.get("ratio").asNode());
        assertEquals(CGR.ENTITY + "copilot", s.getResource("other").getURI());
        assertEquals(CG.NS + "Approximately", s.getResource("approx").getURI());
    }

    @Test
    void relationClaimAndItsDirectTriple() {
        Graph g = Mapped.graph(Samples.article());
        Node porat = Iris.entity("ruth-porat");
        Node alphabet = Iris.entity("alphabet");
        assertTrue(g.contains(porat, CG.chiefFinancialOfficerOf, alphabet));
        Node claim = Iris.claim(ARTICLE, Samples.cfo());
        assertTrue(g.contains(claim, RDF.Nodes.type, CG.RelationClaim));
        assertEquals(Set.of(porat), objects(g, claim, CG.about));
        assertEquals(Set.of(CG.chiefFinancialOfficerOf), objects(g, claim, CG.relation));
        assertEquals(Set.of(alphabet), objects(g, claim, CG.object));
        assertEquals(Set.of(ARTICLE), objects(g, claim, PROV.wasDerivedFrom));
        assertEquals(Set.of(CG.Reported), objects(g, claim, CG.modality));
    }

    @Test
    void claimsAreTypedWithTheirOwnClassOnly() {
        Graph g = Mapped.graph(Samples.article());
        assertFalse(g.contains(Node.ANY, RDF.Nodes.type, CG.Claim));
        assertEquals(4, g.find(Node.ANY, CG.about, Node.ANY).toList().size());
    }

    @Test
    void mappingTwiceGivesTheSameQuads() {
        Set<Quad> first = Set.copyOf(Mapped.dataset(Samples.article()).stream().toList());
        Set<Quad> second = Set.copyOf(Mapped.dataset(Samples.article()).stream().toList());
        assertEquals(first, second);
        assertTrue(first.stream().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()), "no blank nodes");
    }

    @ParameterizedTest
    @CsvSource({"8.125E10, 81250000000", "0.50, 0.5", "-4.65E9, -4650000000", "0.000, 0", "1E-3, 0.001", "16, 16"})
    void decimalsHaveAPlainLexicalForm(String in, String lexical) {
        assertEquals(decimal(lexical), Literals.decimal(new BigDecimal(in)));
    }

    @ParameterizedTest
    @CsvSource({"2025, gYear", "2025-07, gYearMonth", "2025-07-24, date"})
    void datePublishedIsAsPreciseAsTheSource(String date, String xsdType) {
        ExtractedArticle a = withArticle(Samples.article().article().withText(Samples.text()), date, "https://x.example/");
        Node lit = objects(Mapped.graph(a), ARTICLE, SCHEMA.datePublished).iterator().next();
        assertEquals(date, lit.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSD + "#" + xsdType, lit.getLiteralDatatypeURI());
    }

    @Test
    void unknownMetadataIsLeftOut() {
        Article bare = new Article("t02 bare.txt", "not a url", null, null, null, Samples.text());
        ExtractedArticle a = new ExtractedArticle(bare, Samples.sentences(), List.of(), List.of(Samples.revenue()));
        Node node = Iris.article("t02 bare.txt");
        Graph g = Mapped.dataset(a).getGraph(node);
        for (Node p : List.of(SCHEMA.datePublished, SCHEMA.inLanguage, SCHEMA.headline, SCHEMA.url))
            assertTrue(objects(g, node, p).isEmpty(), p + " is left out");
        assertEquals(1, objects(g, node, CG.text).size());
        // entities named only by claims are still described and mentioned
        assertTrue(g.contains(node, SCHEMA.mentions, Iris.entity("ruth-porat")));
    }

    @Test
    void evidenceOutsideTheTextIsAnError() {
        int len = Samples.text().length();
        QuantitativeClaim bad = new QuantitativeClaim(Samples.ALPHABET, Metric.EMPLOYEES, false, BigDecimal.TEN, null, null,
                null, null, null, null, new Provenance(new Evidence(len - 2, len + 5, "x"), null, Modality.REPORTED, "r", 1));
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> Mapped.dataset(Samples.article(List.of(bad))));
        assertEquals("t01_en_alphabet.txt", e.location().source());
    }

    @Test
    void theAnchorIsTheTextAtTheOffsets() {
        Evidence ev = Samples.evidence(2);
        QuantitativeClaim c = new QuantitativeClaim(Samples.ALPHABET, Metric.EMPLOYEES, false, BigDecimal.TEN, null, null,
                null, null, null, null, new Provenance(new Evidence(ev.begin(), ev.end(), "  trimmed copy "), null,
                Modality.REPORTED, "r", 1));
        Graph g = Mapped.graph(Samples.article(List.of(c)));
        Node span = objects(g, Iris.claim(ARTICLE, c), CG.evidence).iterator().next();
        assertEquals(Set.of(NodeFactory.createLiteralString(ev.sentence())), objects(g, span, NIF.anchorOf));
    }

    private static ExtractedArticle withArticle(Article base, String date, String url) {
        Article a = new Article(base.sourceFile(), url, PublicationDate.parse(date).orElseThrow(), base.language(),
                base.headline(), base.text());
        ExtractedArticle s = Samples.article();
        return new ExtractedArticle(a, s.sentences(), s.mentions(), s.claims());
    }

    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }
}
