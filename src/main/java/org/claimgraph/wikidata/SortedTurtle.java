package org.claimgraph.wikidata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.lib.EscapeStr;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Deterministic Turtle: a fixed prefix block, subjects sorted (Wikidata ids numerically, other
 * IRIs by text), predicates in {@link TermOrder}'s order, one triple per line with the predicate
 * repeated, objects sorted, blank nodes written inline. The same triples give the same bytes.
 */
final class SortedTurtle {

    private static final String RDF_TYPE = RDF.type.getURI();

    private final Map<String, String> prefixes;
    private final String header;

    /** @param prefixes prefix → namespace, in the order written; @param header comment lines */
    SortedTurtle(Map<String, String> prefixes, String header) {
        this.prefixes = new LinkedHashMap<>(prefixes);
        this.header = header;
    }

    String write(Graph g) {
        StringBuilder sb = new StringBuilder(header).append('\n');
        int width = prefixes.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        prefixes.forEach((prefix, ns) -> sb.append("@prefix ").append(pad(prefix + ":", width))
                .append(" <").append(ns).append("> .\n"));
        Set<Node> objectsOfSomething = new HashSet<>();
        g.find().forEachRemaining(t -> { if (t.getObject().isBlank()) objectsOfSomething.add(t.getObject()); });
        List<Node> subjects = new ArrayList<>();
        g.find().mapWith(Triple::getSubject).forEachRemaining(s -> {
            if (!subjects.contains(s) && !(s.isBlank() && objectsOfSomething.contains(s))) subjects.add(s);
        });
        Renderer r = new Renderer(g, prefixes);
        subjects.sort(Comparator.comparingInt((Node n) -> n.isURI() ? 0 : 1)
                .thenComparing((a, b) -> a.isURI() && b.isURI() ? TermOrder.compareIris(a, b)
                        : r.inline(a).compareTo(r.inline(b))));
        for (Node s : subjects) {
            sb.append('\n');
            String subject = s.isBlank() ? "[]" : r.term(s);
            // Two Wikidata statements with the same value and date (differing only in references)
            // are one fact here: identical lines are written once.
            List<String> lines = r.sorted(s).stream()
                    .map(t -> r.term(t.getPredicate()) + " " + r.object(t.getObject()))
                    .distinct().toList();
            sb.append(subject).append('\n');
            for (int i = 0; i < lines.size(); i++) {
                sb.append("    ").append(lines.get(i)).append(i == lines.size() - 1 ? " .\n" : " ;\n");
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** Renders terms; blank nodes are written inline, their own triples sorted the same way. */
    private static final class Renderer {
        private final Graph g;
        private final Map<String, String> prefixes;
        private final Map<Node, String> inlineCache = new LinkedHashMap<>();
        private final Set<Node> inProgress = new HashSet<>();

        Renderer(Graph g, Map<String, String> prefixes) {
            this.g = g;
            this.prefixes = prefixes;
        }

        List<Triple> sorted(Node s) {
            List<Triple> ts = g.find(s, Node.ANY, Node.ANY).toList();
            ts.sort(Comparator.comparing(Triple::getPredicate, TermOrder.PREDICATES)
                    .thenComparing((a, b) -> TermOrder.compareObjects(a.getObject(), b.getObject(), this::blankKey)));
            return ts;
        }

        String object(Node o) {
            return o.isBlank() ? inline(o) : term(o);
        }

        String inline(Node b) {
            String cached = inlineCache.get(b);
            if (cached != null) return cached;
            if (!inProgress.add(b)) throw new IllegalStateException("cyclic blank nodes cannot be written inline");
            List<Triple> ts = sorted(b);
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < ts.size(); i++) {
                sb.append(i == 0 ? " " : " ; ").append(term(ts.get(i).getPredicate())).append(' ')
                        .append(object(ts.get(i).getObject()));
            }
            String s = sb.append(ts.isEmpty() ? "]" : " ]").toString();
            inProgress.remove(b);
            inlineCache.put(b, s);
            return s;
        }

        // Statements read best in time order: the point in time first, then the rendering.
        private String blankKey(Node b) {
            String time = g.find(b, WdVocab.iri(WdVocab.PQ + WdVocab.POINT_IN_TIME), Node.ANY)
                    .mapWith(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "")
                    .toList().stream().sorted().findFirst().orElse("");
            return time + "\u0000" + inline(b);
        }

        String term(Node n) {
            if (n.isURI()) return n.getURI().equals(RDF_TYPE) ? "a" : iri(n.getURI());
            if (n.isLiteral()) return literal(n);
            return inline(n);
        }

        private String iri(String iri) {
            String best = null;
            String bestNs = "";
            for (Map.Entry<String, String> e : prefixes.entrySet()) {
                String ns = e.getValue();
                if (iri.startsWith(ns) && ns.length() > bestNs.length() && isLocalName(iri.substring(ns.length()))) {
                    best = e.getKey();
                    bestNs = ns;
                }
            }
            return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
        }

        // A conservative subset of Turtle's PN_LOCAL: enough for Q380, P2139, altLabel, meta-platforms.
        private static boolean isLocalName(String s) {
            return !s.isEmpty() && s.charAt(0) != '-' && s.charAt(s.length() - 1) != '-'
                    && s.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'));
        }

        private String literal(Node n) {
            String lex = "\"" + EscapeStr.stringEsc(n.getLiteralLexicalForm()) + "\"";
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return lex + "@" + lang;
            String dt = n.getLiteralDatatypeURI();
            if (dt == null || dt.equals(XSD.xstring.getURI())) return lex;
            return lex + "^^" + iri(dt);
        }
    }
}
