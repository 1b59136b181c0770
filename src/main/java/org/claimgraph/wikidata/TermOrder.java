package org.claimgraph.wikidata;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

/** The fixed orders of the canonical snapshot: predicates by meaning, objects by value. */
final class TermOrder {

    private static final List<String> LEADING = List.of(
            WdVocab.RDFS + "label", WdVocab.SKOS + "altLabel", WdVocab.SCHEMA_WD + "description");

    private TermOrder() {}

    /** Labels, then the direct properties in the snapshot's order, then statements, then the rest. */
    static final Comparator<Node> PREDICATES = Comparator
            .comparingLong(TermOrder::predicateRank)
            .thenComparing(Node::getURI);

    static long predicateRank(Node p) {
        String iri = p.getURI();
        if (iri.equals(org.apache.jena.vocabulary.RDF.type.getURI())) return -1;
        int lead = LEADING.indexOf(iri);
        if (lead >= 0) return lead;
        if (iri.startsWith(WdVocab.WDT)) return 100 + rankIn(WdVocab.DIRECT_PROPERTIES, local(iri, WdVocab.WDT));
        if (iri.startsWith(WdVocab.PS)) return 3_000_000_000L + rankIn(WdVocab.STATEMENT_PROPERTIES, local(iri, WdVocab.PS));
        if (iri.startsWith(WdVocab.PQ)) return 5_000_000_000L + rankIn(List.of(WdVocab.POINT_IN_TIME), local(iri, WdVocab.PQ));
        if (iri.startsWith(WdVocab.P)) return 1_000_000_000L + rankIn(WdVocab.STATEMENT_PROPERTIES, local(iri, WdVocab.P));
        return Long.MAX_VALUE;
    }

    // Listed properties first in list order, others after them by number.
    private static long rankIn(List<String> listed, String local) {
        int i = listed.indexOf(local);
        if (i >= 0) return i;
        Optional<Qid> id = Qid.parse(local);
        return id.filter(q -> q.kind() == 'P').map(q -> 1000 + q.number()).orElse(900_000_000L);
    }

    private static String local(String iri, String ns) {
        return iri.substring(ns.length());
    }

    /** IRIs (Wikidata ids numerically), then literals (by language, then value), then blank nodes. */
    static int compareObjects(Node a, Node b, java.util.function.Function<Node, String> blankKey) {
        int ka = kind(a), kb = kind(b);
        if (ka != kb) return Integer.compare(ka, kb);
        if (a.isURI()) return compareIris(a, b);
        if (a.isLiteral()) return compareLiterals(a, b);
        return blankKey.apply(a).compareTo(blankKey.apply(b));
    }

    static int compareIris(Node a, Node b) {
        Optional<Qid> qa = Qid.of(a), qb = Qid.of(b);
        if (qa.isPresent() && qb.isPresent()) return qa.get().compareTo(qb.get());
        if (qa.isPresent() != qb.isPresent()) return qa.isPresent() ? -1 : 1;
        return a.getURI().compareTo(b.getURI());
    }

    static int compareLiterals(Node a, Node b) {
        int c = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
        if (c != 0) return c;
        c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
        if (c != 0) return c;
        Optional<BigDecimal> na = number(a), nb = number(b);
        if (na.isPresent() && nb.isPresent()) {
            c = na.get().compareTo(nb.get());
            if (c != 0) return c;
        }
        return a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
    }

    static Optional<BigDecimal> number(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        if (dt == null || !(dt.endsWith("#decimal") || dt.endsWith("#integer") || dt.endsWith("#double")
                || dt.endsWith("#long") || dt.endsWith("#int") || dt.endsWith("#float"))) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(literal.getLiteralLexicalForm().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int kind(Node n) {
        if (n.isURI()) return 0;
        if (n.isLiteral()) return 1;
        return 2;
    }
}
