package org.claimgraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ComparativeClaim;
import org.claimgraph.claim.RelationClaim;
import org.claimgraph.dating.DateEstimate;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Article;
import org.claimgraph.pipeline.ExtractedArticle;

/**
 * The claim model's layout: one named graph per article, holding the article node, every entity
 * it mentions (typed, labelled, linked) so that an exported graph stands alone, and its claims.
 * Mentions get no spans of their own; only claim evidence does, which keeps graphs lean.
 */
public final class StandardArticleMapper implements ArticleMapper {

    @Override
    public void map(ExtractedArticle extracted, StreamRDF out) {
        Article article = extracted.article();
        Node graph = Iris.article(article.sourceFile());
        Quads quads = new Quads(graph, out);
        mapArticle(article, graph, quads);
        mapEstimate(extracted.dateEstimate(), article, graph, quads);
        for (Entity e : entitiesOf(extracted).values()) {
            quads.add(graph, SCHEMA.mentions, Iris.entity(e));
            mapEntity(e, article, quads);
        }
        ClaimMapper claims = new ClaimMapper(article, graph, quads);
        for (Claim c : extracted.claims()) claims.map(c);
    }

    private static void mapArticle(Article a, Node node, Quads quads) {
        quads.add(node, RDF.Nodes.type, CG.Article);
        if (a.headline() != null && !a.headline().isBlank()) quads.add(node, SCHEMA.headline, Literals.string(a.headline()));
        if (a.date() != null) quads.add(node, SCHEMA.datePublished, Literals.date(a.date()));
        if (a.language() != null) quads.add(node, SCHEMA.inLanguage, Literals.string(a.language().tag()));
        Node url = urlNode(a.url());
        if (url != null) quads.add(node, SCHEMA.url, url);
        quads.add(node, CG.sourceFile, Literals.string(a.sourceFile()));
        quads.add(node, CG.text, Literals.string(a.text()));
    }

    /** An inferred date is told apart from a stated one: schema:datePublished stays the source's word. */
    private static void mapEstimate(DateEstimate estimate, Article a, Node node, Quads quads) {
        if (estimate == null || a.date() != null) return;
        quads.add(node, CG.estimatedDatePublished, Literals.date(estimate.date()));
        quads.add(node, CG.dateEstimateMethod, Literals.string(estimate.method()));
    }

    private static void mapEntity(Entity e, Article article, Quads quads) {
        Node node = Iris.entity(e);
        quads.add(node, RDF.Nodes.type, CG.type(e.type()));
        if (e.labels().isEmpty()) {
            // still labelled, as the model requires: its own name in the article's language
            String name = e.aliases().isEmpty() ? e.slug() : e.aliases().get(0);
            quads.add(node, RDFS.Nodes.label,
                    Literals.langString(name, article.language() == null ? null : article.language().tag()));
        }
        for (Map.Entry<String, String> l : new TreeMap<>(e.labels()).entrySet())
            quads.add(node, RDFS.Nodes.label, Literals.langString(l.getValue(), l.getKey()));
        if (e.qid() != null && e.qid().matches("Q[1-9][0-9]*")) quads.add(node, OWL.sameAs.asNode(), WD.item(e.qid()));
    }

    /** Every entity the text mentions, in text order, then those only claims name (speakers, objects). */
    static Map<String, Entity> entitiesOf(ExtractedArticle extracted) {
        Map<String, Entity> bySlug = new LinkedHashMap<>();
        for (Mention m : extracted.mentions()) bySlug.putIfAbsent(m.entity().slug(), m.entity());
        for (Claim c : extracted.claims()) {
            bySlug.putIfAbsent(c.about().slug(), c.about());
            if (c.provenance().speaker() != null) bySlug.putIfAbsent(c.provenance().speaker().slug(), c.provenance().speaker());
            if (c instanceof ComparativeClaim cc) bySlug.putIfAbsent(cc.comparedTo().slug(), cc.comparedTo());
            if (c instanceof RelationClaim rc) bySlug.putIfAbsent(rc.object().slug(), rc.object());
        }
        return bySlug;
    }

    /** schema:url as an IRI when it is one; a malformed URL is left out rather than written broken. */
    private static Node urlNode(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            IRIx iri = IRIx.create(url.strip());
            return iri.isAbsolute() && !iri.hasViolations() ? NodeFactory.createURI(iri.str()) : null;
        } catch (IRIException e) {
            return null;
        }
    }

    /** Writes triples as quads of one graph. */
    record Quads(Node graph, StreamRDF out) {
        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }
}
