package org.claimgraph.entity;

import java.util.Objects;
import java.util.Set;

/**
 * One catalogue entity with what the recogniser needs beyond {@link Entity}: which of its names
 * are ambiguous ({@code contextAliases}, accepted only with context), which other entities supply
 * that context ({@code contextEntities}, slugs), and which names came from a Wikidata file rather
 * than the catalogue itself ({@code externalAliases}, trusted less).
 */
public record CatalogueEntry(Entity entity, Set<String> contextAliases, Set<String> contextEntities,
                             Set<String> externalAliases) {

    public CatalogueEntry {
        Objects.requireNonNull(entity, "entity");
        contextAliases = Set.copyOf(contextAliases);
        contextEntities = Set.copyOf(contextEntities);
        externalAliases = Set.copyOf(externalAliases);
    }

    public String slug() {
        return entity.slug();
    }
}
