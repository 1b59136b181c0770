package org.claimgraph.golden;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.CGR;

/**
 * Brings an expected and an actual article dataset to one comparable form before the isomorphism
 * check:
 * <ul>
 *   <li>claim IRIs become blank nodes: a claim IRI is a hash of the claim's content, so an
 *       expectation corrected by hand could not name it; the hash itself is tested in IrisTest,
 *       and every property of every claim is still compared;</li>
 *   <li>{@code cg:confidence} and {@code cg:extractedBy} are dropped: they record the extractor's
 *       route (which rule, how sure), not what the text says, and a rule refactoring must not
 *       invalidate hand-checked golden files;</li>
 *   <li>xsd:decimal literals are written canonically ("2.10" = "2.1" = 2.1), so values compare by value.</li>
 * </ul>
 * Everything else (entity IRIs, spans and their offsets, evidence text, article text, labels) must match exactly.
 */
final class GraphNormaliser {

    private GraphNormaliser() {}

    static DatasetGraph normalise(DatasetGraph in) {
        Map<Node, Node> claims = new HashMap<>();
        DatasetGraph out = DatasetGraphFactory.create();
        in.find().forEachRemaining(q -> {
            if (q.getPredicate().equals(CG.confidence) || q.getPredicate().equals(CG.extractedBy)) return;
            out.add(Quad.create(q.getGraph(), node(q.getSubject(), claims), q.getPredicate(), node(q.getObject(), claims)));
        });
        return out;
    }

    static boolean isClaimNode(Node n) {
        return n.isBlank() || n.isURI() && n.getURI().startsWith(CGR.CLAIM);
    }

    private static Node node(Node n, Map<Node, Node> claims) {
        if (n.isURI() && n.getURI().startsWith(CGR.CLAIM)) return claims.computeIfAbsent(n, k -> NodeFactory.createBlankNode());
        if (n.isLiteral() && XSDDatatype.XSDdecimal.getURI().equals(n.getLiteralDatatypeURI())) {
            BigDecimal d = new BigDecimal(n.getLiteralLexicalForm());
            String canonical = d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            return NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal);
        }
        return n;
    }
}
