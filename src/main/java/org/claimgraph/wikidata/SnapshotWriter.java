package org.claimgraph.wikidata;

import java.nio.file.Path;
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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.XSD;

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

    public static String toTurtle(Graph source) {
        Graph g = inlineStatements(source);
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        int width = PREFIXES.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        PREFIXES.forEach((prefix, ns) -> sb.append("@prefix ").append(pad(prefix + ":", width))
                .append(" <").append(ns).append("> .\n"));
        Set<Node> objectsOfSomething = new HashSet<>();
        g.find().forEachRemaining(t -> { if (t.getObject().isBlank()) objectsOfSomething.add(t.getObject()); });
        List<Node> subjects = new ArrayList<>();
        g.find().mapWith(Triple::getSubject).forEachRemaining(s -> {
            if (!subjects.contains(s) && !(s.isBlank() && objectsOfSomething.contains(s))) subjects.add(s);
        });
        Renderer r = new Renderer(g);
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

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** Renders terms; blank nodes are written inline, their own triples sorted the same way. */
    private static final class Renderer {
        private final Graph g;
        private final Map<Node, String> inlineCache = new LinkedHashMap<>();
        private final Set<Node> inProgress = new HashSet<>();

        Renderer(Graph g) {
            this.g = g;
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
            if (n.isURI()) return iri(n.getURI());
            if (n.isLiteral()) return literal(n);
            return inline(n);
        }

        private static String iri(String iri) {
            String best = null;
            String bestNs = "";
            for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
                String ns = e.getValue();
                if (iri.startsWith(ns) && ns.length() > bestNs.length() && isLocalName(iri.substring(ns.length()))) {
                    best = e.getKey();
                    bestNs = ns;
                }
            }
            return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
        }

        // A conservative subset of Turtle's PN_LOCAL: enough for Q380, P2139, altLabel.
        private static boolean isLocalName(String s) {
            return !s.isEmpty() && s.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
        }

        private static String literal(Node n) {
            String lex = "\"" + EscapeStr.stringEsc(n.getLiteralLexicalForm()) + "\"";
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return lex + "@" + lang;
            String dt = n.getLiteralDatatypeURI();
            if (dt == null || dt.equals(XSD.xstring.getURI())) return lex;
            return lex + "^^" + iri(dt);
        }
    }
}
