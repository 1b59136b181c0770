package org.claimgraph.wikidata;

import java.util.Set;
import java.util.TreeSet;

/**
 * A Wikidata item whose label or alias is exactly one of an entity's names.
 *
 * @param item    the item
 * @param types   its P31 (instance of) classes
 * @param matches how it matched: "label@de", "alias@en", …
 */
public record Candidate(Qid item, Set<Qid> types, Set<String> matches) {

    public Candidate {
        types = Set.copyOf(types);
        matches = Set.copyOf(matches);
    }

    Candidate merge(Candidate other) {
        Set<Qid> t = new TreeSet<>(types);
        t.addAll(other.types);
        Set<String> m = new TreeSet<>(matches);
        m.addAll(other.matches);
        return new Candidate(item, t, m);
    }

    boolean matchedAsLabel() {
        return matches.stream().anyMatch(m -> m.startsWith("label@"));
    }

    boolean matchedIn(Set<String> languages) {
        return matches.stream().anyMatch(m -> languages.contains(m.substring(m.indexOf('@') + 1)));
    }
}
