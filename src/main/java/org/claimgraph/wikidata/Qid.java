package org.claimgraph.wikidata;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * A Wikidata identifier: an item (Q…) or a property (P…). Ordered items first, then properties,
 * each numerically, so Q2 comes before Q10 in every list we write.
 */
public record Qid(char kind, long number) implements Comparable<Qid> {

    private static final Pattern ID = Pattern.compile("([QP])([1-9][0-9]{0,17})");
    private static final Comparator<Qid> ORDER =
            Comparator.comparingInt((Qid q) -> q.kind == 'Q' ? 0 : 1).thenComparingLong(Qid::number);

    public Qid {
        if (kind != 'Q' && kind != 'P') throw new IllegalArgumentException("kind must be Q or P: " + kind);
        if (number <= 0) throw new IllegalArgumentException("number must be positive: " + number);
    }

    /** Parses "Q380", "wd:Q380" or "http://www.wikidata.org/entity/Q380"; empty when it is none of these. */
    public static Optional<Qid> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip();
        if (s.startsWith(WdVocab.WD)) s = s.substring(WdVocab.WD.length());
        else if (s.startsWith("wd:")) s = s.substring(3);
        Matcher m = ID.matcher(s);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Qid(m.group(1).charAt(0), Long.parseLong(m.group(2))));
    }

    /** The id of an entity node ({@code wd:Q…} IRI only). */
    public static Optional<Qid> of(Node node) {
        if (node == null || !node.isURI() || !node.getURI().startsWith(WdVocab.WD)) return Optional.empty();
        return parse(node.getURI());
    }

    public String iri() {
        return WdVocab.WD + this;
    }

    public Node node() {
        return WdVocab.iri(iri());
    }

    @Override
    public int compareTo(Qid other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + Long.toString(number);
    }
}
