package org.claimgraph.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A readable difference between two normalised article datasets for failure messages: ground
 * statements missing or extra, and claims (blank nodes, so described by their properties) missing or extra.
 */
final class GraphDiff {

    private GraphDiff() {}

    static String describe(DatasetGraph expected, DatasetGraph actual) {
        StringBuilder sb = new StringBuilder();
        section(sb, "missing statements", minus(ground(expected), ground(actual)));
        section(sb, "unexpected statements", minus(ground(actual), ground(expected)));
        section(sb, "missing claims", minus(claims(expected), claims(actual)));
        section(sb, "unexpected claims", minus(claims(actual), claims(expected)));
        return sb.length() == 0 ? "(no difference found by the summary; blank-node structure differs)" : sb.toString();
    }

    private static void section(StringBuilder sb, String title, Set<String> items) {
        if (items.isEmpty()) return;
        sb.append(title).append(":\n");
        for (String s : items) sb.append("  ").append(s).append('\n');
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> r = new TreeSet<>(a);
        r.removeAll(b);
        return r;
    }

    private static Set<String> ground(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        d.find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) out.add(str(q.getSubject()) + " " + str(q.getPredicate()) + " " + str(q.getObject()));
        });
        return out;
    }

    /** Each claim as its sorted property list. */
    private static Set<String> claims(DatasetGraph d) {
        Map<Node, List<String>> props = new TreeMap<>((x, y) -> x.getBlankNodeLabel().compareTo(y.getBlankNodeLabel()));
        d.find().forEachRemaining((Quad q) -> {
            if (q.getSubject().isBlank()) props.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(str(q.getPredicate()) + " " + str(q.getObject()));
        });
        Set<String> out = new TreeSet<>();
        for (List<String> p : props.values()) {
            p.sort(null);
            out.add("[ " + String.join(" ; ", p) + " ]");
        }
        return out;
    }

    private static String str(Node n) {
        return FmtUtils.stringForNode(n)
                .replace("<https://w3id.org/claimgraph/ontology#", "cg:<")
                .replace("<https://w3id.org/claimgraph/id/", "cgr:<");
    }
}
