package org.claimgraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.InputException;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.StandardArticleMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * Golden extraction tests driven by {@code golden/manifest.ttl}, in the manner of the W3C test
 * manifests that Jena's test runners read: one dynamic test per {@code mf:entries} item.
 * <ul>
 *   <li>{@code cgt:ExtractionEvalTest}: the article ({@code mf:action}) run through the standard
 *       pipeline and mapper must give a dataset isomorphic to {@code mf:result} after
 *       {@link GraphNormaliser normalisation};</li>
 *   <li>{@code cgt:NegativeExtractionTest}: reading or analysing the article must fail with an InputException;</li>
 *   <li>{@code cgt:NoClaimTest}: the article must yield no claim at all.</li>
 * </ul>
 * An entry with {@code mf:status "known-gap"} holds the correct, hand-checked expectation of an
 * article the extractor still gets wrong: it is run and reported as skipped with the difference;
 * once the extractor gets it right the entry fails until its status is removed.
 */
class GoldenManifestTest {

    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String CGT = "https://w3id.org/claimgraph/tests#";

    @TestFactory
    Stream<DynamicTest> manifest() throws URISyntaxException {
        URL url = GoldenManifestTest.class.getResource("/golden/manifest.ttl");
        if (url == null) throw new IllegalStateException("golden/manifest.ttl not on the test classpath");
        Model m = RDFDataMgr.loadModel(Path.of(url.toURI()).toUri().toString());
        Resource manifest = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "Manifest")).next();
        List<DynamicTest> tests = new ArrayList<>();
        for (RDFNode n : manifest.getPropertyResourceValue(m.createProperty(MF + "entries")).as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
            tests.add(toTest(n.asResource()));
        }
        return tests.stream();
    }

    private static DynamicTest toTest(Resource entry) {
        Model m = entry.getModel();
        String name = entry.getRequiredProperty(m.createProperty(MF + "name")).getString();
        Path action = path(entry.getPropertyResourceValue(m.createProperty(MF + "action")));
        Resource type = entry.getPropertyResourceValue(RDF.type);
        Statement status = entry.getProperty(m.createProperty(MF + "status"));
        Statement comment = entry.getProperty(RDFS.comment);
        boolean knownGap = status != null && status.getString().equals("known-gap");
        String why = comment == null ? "" : comment.getString();
        return switch (type.getLocalName()) {
            case "ExtractionEvalTest" -> DynamicTest.dynamicTest(name, () -> evalTest(action,
                    path(entry.getPropertyResourceValue(m.createProperty(MF + "result"))), knownGap, why));
            case "NegativeExtractionTest" -> DynamicTest.dynamicTest(name,
                    () -> assertThrows(InputException.class, () -> ClaimStrings.pipeline().process(action)));
            case "NoClaimTest" -> DynamicTest.dynamicTest(name, () -> noClaimTest(action));
            default -> throw new IllegalStateException("unknown test type " + type);
        };
    }

    private static void evalTest(Path article, Path result, boolean knownGap, String why) {
        DatasetGraph expected = GraphNormaliser.normalise(RDFDataMgr.loadDatasetGraph(result.toString()));
        DatasetGraph actual = GraphNormaliser.normalise(mapped(ClaimStrings.pipeline().process(article)));
        boolean same = IsoMatcher.isomorphic(expected, actual);
        if (!knownGap) {
            assertTrue(same, () -> article.getFileName() + " differs from " + result.getFileName() + ":\n" + GraphDiff.describe(expected, actual));
        } else if (same) {
            fail(article.getFileName() + ": known gap is fixed, remove mf:status \"known-gap\" from the manifest entry");
        } else {
            throw new TestAbortedException("known gap: " + why + "\n" + GraphDiff.describe(expected, actual));
        }
    }

    private static void noClaimTest(Path article) {
        ExtractedArticle extracted = ClaimStrings.pipeline().process(article);
        assertEquals(List.of(), extracted.claims().stream().map(ClaimStrings::render).toList());
        DatasetGraph dsg = mapped(extracted);
        assertTrue(dsg.stream().noneMatch(q -> q.getPredicate().equals(CG.evidence)), "no claim node may be written");
    }

    static DatasetGraph mapped(ExtractedArticle extracted) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        new StandardArticleMapper().map(extracted, out);
        out.finish();
        return dsg;
    }

    private static Path path(Resource r) {
        if (r == null || !r.isURIResource()) throw new IllegalStateException("manifest entry without a file IRI");
        return Path.of(java.net.URI.create(r.getURI()));
    }
}
