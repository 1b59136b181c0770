package org.claimgraph.rdf;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;
import org.claimgraph.claim.Approximation;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ComparativeClaim;
import org.claimgraph.claim.Evidence;
import org.claimgraph.claim.Provenance;
import org.claimgraph.claim.QuantitativeClaim;
import org.claimgraph.claim.RelationClaim;
import org.claimgraph.ingest.Article;

/** Maps the claims of one article; the article and its entities are written by {@link StandardArticleMapper}. */
final class ClaimMapper {

    private final Article article;
    private final Node articleNode;
    private final StandardArticleMapper.Quads quads;

    ClaimMapper(Article article, Node articleNode, StandardArticleMapper.Quads quads) {
        this.article = article;
        this.articleNode = articleNode;
        this.quads = quads;
    }

    void map(Claim claim) {
        Node node = Iris.claim(articleNode, claim);
        if (claim instanceof QuantitativeClaim q) quantitative(node, q);
        else if (claim instanceof ComparativeClaim c) comparative(node, c);
        else relation(node, (RelationClaim) claim);
    }

    private void quantitative(Node node, QuantitativeClaim q) {
        quads.add(node, RDF.Nodes.type, CG.QuantitativeClaim);
        quads.add(node, CG.about, Iris.entity(q.about()));
        quads.add(node, CG.metric, CG.metric(q.metric(), q.change()));
        decimal(node, CG.value, q.value());
        decimal(node, CG.lowerBound, q.lower());
        decimal(node, CG.upperBound, q.upper());
        if (q.unit() != null) quads.add(node, CG.unit, WD.item(q.unit().qid()));
        approximation(node, q.approximation());
        if (q.period() != null && !q.period().isBlank()) quads.add(node, CG.period, Literals.string(q.period()));
        if (q.segment() != null && !q.segment().isBlank()) quads.add(node, CG.segment, Literals.string(q.segment()));
        quads.add(node, CG.modality, CG.modality(q.provenance().modality()));
        provenance(node, q.provenance());
    }

    private void comparative(Node node, ComparativeClaim c) {
        quads.add(node, RDF.Nodes.type, CG.ComparativeClaim);
        quads.add(node, CG.about, Iris.entity(c.about()));
        if (c.metric() != null) quads.add(node, CG.metric, CG.metric(c.metric(), false));
        decimal(node, CG.ratio, c.ratio());
        quads.add(node, CG.comparedTo, Iris.entity(c.comparedTo()));
        approximation(node, c.approximation());
        quads.add(node, CG.modality, CG.modality(c.provenance().modality()));
        provenance(node, c.provenance());
    }

    /** The claim node carries the provenance; the direct triple keeps simple queries simple. */
    private void relation(Node node, RelationClaim r) {
        Node property = CG.relation(r.relation());
        quads.add(node, RDF.Nodes.type, CG.RelationClaim);
        quads.add(node, CG.about, Iris.entity(r.about()));
        quads.add(node, CG.relation, property);
        quads.add(node, CG.object, Iris.entity(r.object()));
        quads.add(node, CG.modality, CG.modality(r.provenance().modality()));
        provenance(node, r.provenance());
        quads.add(Iris.entity(r.about()), property, Iris.entity(r.object()));
    }

    private void provenance(Node node, Provenance p) {
        if (p.speaker() != null) quads.add(node, PROV.wasAttributedTo, Iris.entity(p.speaker()));
        quads.add(node, PROV.wasDerivedFrom, articleNode);
        quads.add(node, CG.evidence, evidence(p.evidence()));
        quads.add(node, CG.extractedBy, Literals.string(p.extractedBy()));
        quads.add(node, CG.confidence, Literals.decimal(p.confidence()));
    }

    /**
     * The evidence span. Java offsets count UTF-16 units, NIF offsets count code points; they
     * differ only after a character outside the BMP (an emoji), and SPARQL's STRLEN agrees with NIF.
     */
    private Node evidence(Evidence e) {
        String text = article.text();
        if (e.begin() < 0 || e.end() < e.begin() || e.end() > text.length())
            throw new ClaimgraphException("evidence offsets " + e.begin() + "-" + e.end()
                    + " outside the article text of length " + text.length(), Location.at(article.sourceFile(), -1, e.begin()));
        int begin = text.codePointCount(0, e.begin());
        int end = begin + text.codePointCount(e.begin(), e.end());
        Node span = Iris.span(article.sourceFile(), begin, end);
        // the anchor is what the offsets point at, as NIF requires, even if the extractor trimmed its copy
        String anchor = text.substring(e.begin(), e.end());
        quads.add(span, RDF.Nodes.type, NIF.String);
        quads.add(span, NIF.beginIndex, Literals.nonNegativeInteger(begin));
        quads.add(span, NIF.endIndex, Literals.nonNegativeInteger(end));
        quads.add(span, NIF.anchorOf, Literals.string(anchor));
        quads.add(span, NIF.referenceContext, articleNode);
        return span;
    }

    private void approximation(Node node, Approximation a) {
        if (a != null) quads.add(node, CG.approximation, CG.approximation(a));
    }

    private void decimal(Node node, Node property, BigDecimal d) {
        if (d != null) quads.add(node, property, Literals.decimal(d));
    }
}
