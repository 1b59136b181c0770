package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.IngestSummary;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names and file names that make bad IRIs are minted, through the mapper, into valid and deterministic ones. */
class IriMintingTest {

    static final List<String> NAMES = List.of("AT&T", "C++", "東京", "a b", "%zz", "../x", "x\" } ; DROP ALL", "<script>",
            "Ünïcödé GmbH", "\u200Fرمز", "..", "", "#?/", "emoji \uD83D\uDE80");

    @TempDir Path dir;

    private static ExtractedArticle article(String sourceFile, boolean rawSlugs) {
        String text = String.join(" ", NAMES);
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        for (String name : NAMES) {
            String slug = rawSlugs ? (name.isEmpty() ? "_" : name) : Iris.slug(name);
            Entity e = new Entity(slug, EntityType.ORGANIZATION, Map.of("en", name.isEmpty() ? "-" : name), List.of(), null);
            mentions.add(new Mention(e, at, at + name.length(), name, "test"));
            at += name.length() + 1;
        }
        Article a = new Article(sourceFile, "https://example.org/a b", null, null, "Head", text);
        return new ExtractedArticle(a, List.of(), mentions, List.of());
    }

    private static DatasetGraph map(ExtractedArticle a) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        var out = StreamRDFLib.dataset(dsg);
        out.start();
        Corpus.mapper().map(a, out);
        out.finish();
        return dsg;
    }

    private static void assertValidIris(DatasetGraph dsg) {
        dsg.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (!n.isURI()) continue;
                IRIx iri = IRIx.create(n.getURI());
                assertFalse(iri.isRelative(), n.getURI());
                assertFalse(iri.hasViolations(), "violations in " + n.getURI());
                assertFalse(n.getURI().matches(".*[\\s<>\"{}|\\\\^`].*"), "illegal character in " + n.getURI());
            }
        });
        // a strict second parser accepts the serialisation
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, dsg, RDFFormat.NQUADS_UTF8);
        var model = assertDoesNotThrow(() -> Rio.parse(new StringReader(bytes.toString(StandardCharsets.UTF_8)), "",
                org.eclipse.rdf4j.rio.RDFFormat.NQUADS));
        assertEquals(dsg.stream().count(), model.size());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void entityIrisAreValidDistinctAndDeterministic(boolean rawSlugs) {
        DatasetGraph first = map(article("AT&T news.txt", rawSlugs));
        assertValidIris(first);
        Set<Node> entities = new HashSet<>();
        first.find(Node.ANY, Node.ANY, org.claimgraph.rdf.SCHEMA.mentions, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
        if (rawSlugs) assertEquals(NAMES.size(), entities.size(), "distinct names give distinct IRIs: " + entities);
        DatasetGraph second = map(article("AT&T news.txt", rawSlugs));
        assertEquals(first.stream().map(Quad::toString).sorted().toList(), second.stream().map(Quad::toString).sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AT&T.txt", "C++.txt", "東京.txt", "a b.txt", "%zz.txt", "../x.txt", "#1?.txt", ".hidden.txt"})
    void articleIrisFromSourceFilesAreValid(String sourceFile) {
        assertValidIris(map(article(sourceFile, false)));
    }

    /** The real path: files with such names are ingested, each into its own valid graph. */
    @Test
    void filesWithAwkwardNamesAreIngested() throws Exception {
        List<String> names = List.of("AT&T.txt", "C++.txt", "東京.txt", "a b.txt", "%zz.txt", "100%.txt", "x#y.txt");
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < names.size(); i++) Files.writeString(in.resolve(names.get(i)), Corpus.article(i));
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"))) {
            IngestSummary s = Corpus.ingest(store).ingest(List.of(in));
            assertEquals(names.size(), s.articlesStored(), s.describe());
            assertEquals(names.size(), Corpus.articleGraphs(store));
            DatasetGraph copy = store.read(dsg -> {
                DatasetGraph c = DatasetGraphFactory.create();
                dsg.find().forEachRemaining(c::add);
                return c;
            });
            assertValidIris(copy);
        }
    }
}
