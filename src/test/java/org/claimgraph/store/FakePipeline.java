package org.claimgraph.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.claim.Evidence;
import org.claimgraph.claim.Metric;
import org.claimgraph.claim.Modality;
import org.claimgraph.claim.Provenance;
import org.claimgraph.claim.QuantitativeClaim;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.pipeline.ArticleProcessor;
import org.claimgraph.pipeline.ExtractedArticle;
import org.claimgraph.rdf.ArticleMapper;

/**
 * A stand-in for the real extraction chain, for testing the store, server and CLI plumbing only.
 * It reads a made-up "key: value" format: {@code entity: slug}, {@code value: 12.5}; a line
 * {@code fail: reason} makes it throw an InputException, {@code crash: x} an IllegalStateException.
 * Every article yields one revenue claim about its entity.
 */
public final class FakePipeline {

    public static final String CG = "https://w3id.org/claimgraph/ontology#";
    public static final String CGR = "https://w3id.org/claimgraph/id/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private FakePipeline() {}

    public static ArticleProcessor processor() {
        return FakePipeline::process;
    }

    public static ArticleMapper mapper() {
        return FakePipeline::map;
    }

    /** Writes an article file in the fake format. */
    public static Path article(Path file, String entity, String value) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "entity: " + entity + "\nvalue: " + value + "\n\n"
                + entity + " reported revenue of " + value + ".\n", StandardCharsets.UTF_8);
    }

    private static ExtractedArticle process(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), Location.of(file.toString()), e);
        }
        Map<String, String> keys = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) keys.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
        }
        if (keys.containsKey("fail")) throw new InputException(keys.get("fail"), Location.of(file.toString()));
        if (keys.containsKey("crash")) throw new IllegalStateException(keys.get("crash"));
        String slug = keys.getOrDefault("entity", "unknown");
        Entity entity = new Entity(slug, EntityType.ORGANIZATION, Map.of("en", slug), List.of(), null);
        Article article = new Article(file.getFileName().toString(), null, null, null, null, text);
        Evidence evidence = new Evidence(0, text.length(), text);
        QuantitativeClaim claim = new QuantitativeClaim(entity, Metric.REVENUE, false,
                new BigDecimal(keys.getOrDefault("value", "1")), null, null, null, null, null, null,
                new Provenance(evidence, null, Modality.REPORTED, "fake", 1.0));
        Mention mention = new Mention(entity, 0, slug.length(), slug, "fake");
        return new ExtractedArticle(article, List.of(), List.of(mention), List.of(claim));
    }

    private static void map(ExtractedArticle extracted, StreamRDF out) {
        Node g = ClaimGraphs.articleGraph(extracted.article().sourceFile());
        Node entity = uri(CGR + "entity/" + extracted.mentions().get(0).entity().slug());
        QuantitativeClaim claim = (QuantitativeClaim) extracted.claims().get(0);
        Node claimNode = uri(CGR + "claim/" + extracted.article().sourceFile().hashCode());
        out.quad(Quad.create(g, g, RDF.type.asNode(), uri(CG + "Article")));
        out.quad(Quad.create(g, g, uri(CG + "sourceFile"), NodeFactory.createLiteralString(extracted.article().sourceFile())));
        out.quad(Quad.create(g, g, uri(CG + "text"), NodeFactory.createLiteralString(extracted.article().text())));
        out.quad(Quad.create(g, g, uri(SCHEMA + "mentions"), entity));
        out.quad(Quad.create(g, entity, RDF.type.asNode(), uri(CG + "Organization")));
        out.quad(Quad.create(g, entity, RDFS.label.asNode(), NodeFactory.createLiteralLang(claim.about().label("en"), "en")));
        out.quad(Quad.create(g, claimNode, RDF.type.asNode(), uri(CG + "QuantitativeClaim")));
        out.quad(Quad.create(g, claimNode, uri(CG + "about"), entity));
        out.quad(Quad.create(g, claimNode, uri(CG + "metric"), uri(CG + claim.metricLocalName())));
        out.quad(Quad.create(g, claimNode, uri(CG + "value"),
                NodeFactory.createLiteralDT(claim.value().toPlainString(), XSDDatatype.XSDdecimal)));
        out.quad(Quad.create(g, claimNode, uri(PROV + "wasDerivedFrom"), g));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
