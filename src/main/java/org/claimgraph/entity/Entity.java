package org.claimgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A company, person or product. {@code slug} names it within claimgraph (cgr:entity/slug);
 * {@code qid} links it to Wikidata and is null while unlinked.
 *
 * @param slug    readable, deterministic IRI slug, e.g. "meta-platforms"
 * @param type    its class
 * @param labels  preferred label per language tag ("en", "de")
 * @param aliases other names it goes by in text (any language)
 * @param qid     Wikidata item id such as "Q380", or null
 */
public record Entity(String slug, EntityType type, Map<String, String> labels, List<String> aliases, String qid) {

    public Entity {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(type, "type");
        labels = Map.copyOf(labels);
        aliases = List.copyOf(aliases);
    }

    /** The label in the given language, falling back to English, then any. */
    public String label(String languageTag) {
        String l = labels.get(languageTag);
        if (l == null) l = labels.get("en");
        if (l == null && !labels.isEmpty()) l = labels.values().iterator().next();
        return l == null ? slug : l;
    }

    public boolean isLinked() {
        return qid != null;
    }
}
