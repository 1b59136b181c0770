package org.claimgraph.wikidata;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimgraph.entity.EntityType;

/**
 * An entity the articles mention that has no Wikidata link yet.
 *
 * @param iri        the entity's IRI
 * @param type       its claimgraph type, when typed
 * @param labels     its labels and alternative labels
 * @param languages  the languages of the articles that mention it
 * @param articles   how many articles mention it
 * @param mentions   how many schema:mentions statements name it (across article graphs)
 * @param claims     how many claims are about it
 * @param figures    how many of those claims carry a figure (quantitative claims)
 */
public record UnlinkedEntity(String iri, Optional<EntityType> type, List<Name> labels, Set<String> languages,
        long articles, long mentions, long claims, long figures) {

    /** A label as written, with its language tag ("" when untagged). */
    public record Name(String text, String lang) {}

    public UnlinkedEntity {
        labels = List.copyOf(labels);
        languages = Set.copyOf(languages);
    }

    /** The label to show: English first, then any. */
    public String displayLabel() {
        return labels.stream().filter(n -> n.lang().equals("en")).findFirst()
                .or(() -> labels.stream().findFirst()).map(Name::text).orElse(iri);
    }
}
