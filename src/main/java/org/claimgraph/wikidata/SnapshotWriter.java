package org.claimgraph.wikidata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a snapshot as canonical Turtle: a fixed prefix block, subjects by Wikidata id, predicates
 * in a fixed order, one triple per line with the predicate repeated, objects sorted, statement
 * nodes inline as {@code p:P2139 [ ps:P2139 … ; pq:P585 … ]} ordered by date then value. The same
 * facts always give the same bytes, so a refresh reads as a line diff and a round trip is exact.
 * Statement IRIs from Wikidata (wds:…) are not kept: the facts of a statement are its identity here.
 */
public final class SnapshotWriter {

    /** Prefixes in the order written; the longest namespace wins when several match. */
    static final Map<String, String> PREFIXES = prefixes();

    private static final String HEADER = """
            # claimgraph Wikidata snapshot: canonical form written by `claimgraph wikidata refresh`
            # (or `wikidata normalize`). Edit freely; the next refresh or normalize re-sorts it.
            """;

    private SnapshotWriter() {}

    private static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("p", WdVocab.P);
        m.put("pq", WdVocab.PQ);
        m.put("ps", WdVocab.PS);
        m.put("rdfs", WdVocab.RDFS);
        m.put("schema", WdVocab.SCHEMA_WD);
        m.put("skos", WdVocab.SKOS);
        m.put("wd", WdVocab.WD);
        m.put("wdt", WdVocab.WDT);
        m.put("xsd", WdVocab.XSD);
        return m;
    }

    /** True for the comment lines this writer puts at the top (they are not the user's comments). */
    static boolean isHeaderLine(String line) {
        return HEADER.lines().anyMatch(line::equals);
    }

    public static String toTurtle(Graph source) {
        return new SortedTurtle(PREFIXES, HEADER).write(inlineStatements(source));
    }

    /**
     * A copy in which every statement node named by an IRI (Wikidata's wds:…), the object of a p:
     * property, becomes a blank node, so it is written inline like the statements we make ourselves.
     */
    static Graph inlineStatements(Graph g) {
        Map<Node, Node> renamed = new LinkedHashMap<>();
        g.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (t.getPredicate().getURI().startsWith(WdVocab.P) && isStatementPredicate(t.getPredicate())
                    && o.isURI() && Qid.of(o).isEmpty() && g.contains(o, Node.ANY, Node.ANY))
                renamed.computeIfAbsent(o, x -> NodeFactory.createBlankNode());
        });
        if (renamed.isEmpty()) return g;
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(renamed.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(), renamed.getOrDefault(t.getObject(), t.getObject()))));
        return out;
    }

    // p:P2139, not ps:/pq:/psv: (which share the http://www.wikidata.org/prop/ stem)
    private static boolean isStatementPredicate(Node p) {
        return Qid.parse(p.getURI().substring(WdVocab.P.length())).isPresent();
    }

    public static void write(Graph g, Path file) {
        AtomicFiles.writeString(file, toTurtle(g));
    }
}
