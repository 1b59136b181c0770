package org.claimgraph.wikidata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The decisions file (every decision, accepted or not) and the links file (owl:sameAs for the
 * accepted ones). Both are merged with what is already there: deciding an entity again replaces
 * its old decisions; links are only ever added.
 */
public final class LinkRecords {

    static final Node LINK_DECISION = WdVocab.iri(WdVocab.CG + "LinkDecision");
    static final Node ENTITY = WdVocab.iri(WdVocab.CG + "entity");
    static final Node CANDIDATE = WdVocab.iri(WdVocab.CG + "candidate");
    static final Node METHOD = WdVocab.iri(WdVocab.CG + "method");
    static final Node SCORE = WdVocab.iri(WdVocab.CG + "score");
    static final Node ACCEPTED = WdVocab.iri(WdVocab.CG + "accepted");
    static final Node REASON = WdVocab.iri(WdVocab.CG + "reason");

    static final Map<String, String> PREFIXES = prefixes();

    private static final String DECISIONS_HEADER = """
            # claimgraph link decisions: every candidate considered by `claimgraph wikidata link`,
            # accepted or not, with its score and reasons. Deciding an entity again replaces its entries.
            """;
    private static final String LINKS_HEADER = """
            # claimgraph Wikidata links accepted by `claimgraph wikidata link` (see link-decisions.ttl).
            """;

    private LinkRecords() {}

    private static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cg", WdVocab.CG);
        m.put("ent", WdVocab.CGR + "entity/");
        m.put("decision", WdVocab.CGR + "link-decision/");
        m.put("owl", WdVocab.OWL);
        m.put("rdfs", WdVocab.RDFS);
        m.put("wd", WdVocab.WD);
        m.put("xsd", WdVocab.XSD);
        return m;
    }

    public static void writeDecisions(Collection<LinkDecision> decisions, Path file) {
        Graph g = Files.exists(file) ? RdfFiles.readGraph(file) : GraphFactory.createDefaultGraph();
        Set<Node> decided = decisions.stream().map(d -> WdVocab.iri(d.entity())).collect(Collectors.toSet());
        List<Node> stale = g.find(Node.ANY, ENTITY, Node.ANY).filterKeep(t -> decided.contains(t.getObject()))
                .mapWith(Triple::getSubject).toList();
        stale.forEach(s -> g.remove(s, Node.ANY, Node.ANY));
        decisions.forEach(d -> add(g, d));
        RdfFiles.writeTurtle(g, file, PREFIXES, DECISIONS_HEADER);
    }

    public static void writeLinks(Collection<LinkDecision> decisions, Path file) {
        Graph g = Files.exists(file) ? RdfFiles.readGraph(file) : GraphFactory.createDefaultGraph();
        decisions.stream().filter(LinkDecision::accepted).forEach(d -> g.add(WdVocab.iri(d.entity()),
                WdVocab.OWL_SAME_AS, d.candidate().orElseThrow().node()));
        RdfFiles.writeTurtle(g, file, PREFIXES, LINKS_HEADER);
    }

    /** Entities that a links file already links to a Wikidata item. */
    public static Set<String> linkedEntities(Graph links) {
        return links.find(Node.ANY, WdVocab.OWL_SAME_AS, Node.ANY)
                .filterKeep(t -> t.getSubject().isURI() && Qid.of(t.getObject()).isPresent())
                .mapWith(t -> t.getSubject().getURI()).toSet();
    }

    private static void add(Graph g, LinkDecision d) {
        Node s = NodeFactory.createURI(WdVocab.CGR + "link-decision/" + id(d));
        g.add(s, RDF.type.asNode(), LINK_DECISION);
        g.add(s, ENTITY, WdVocab.iri(d.entity()));
        g.add(s, WdVocab.RDFS_LABEL, NodeFactory.createLiteralString(d.label()));
        d.candidate().ifPresent(q -> g.add(s, CANDIDATE, q.node()));
        g.add(s, METHOD, NodeFactory.createLiteralString(d.method()));
        g.add(s, SCORE, NodeFactory.createLiteralDT(d.score().toPlainString(), XSDDatatype.XSDdecimal));
        g.add(s, ACCEPTED, NodeFactory.createLiteralDT(Boolean.toString(d.accepted()), XSDDatatype.XSDboolean));
        g.add(s, REASON, NodeFactory.createLiteralString(d.reason()));
    }

    // Deterministic and readable: "kestrel-dynamics--Q9100010"; entities outside our namespace get a hash.
    static String id(LinkDecision d) {
        String entityNs = WdVocab.CGR + "entity/";
        String candidate = d.candidate().map(Qid::toString).orElse("none");
        String slug = d.entity().startsWith(entityNs) ? d.entity().substring(entityNs.length()) : "";
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) slug = hash(d.entity());
        return slug + "--" + candidate;
    }

    private static String hash(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
