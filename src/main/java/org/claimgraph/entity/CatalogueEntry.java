package org.claimgraph.entity;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One catalogue entity with what the recogniser needs beyond {@link Entity}: which of its names
 * are ambiguous ({@code contextAliases}, accepted only with context), which other entities supply
 * that context ({@code contextEntities}, slugs), and which names came from a Wikidata file rather
 * than the catalogue itself ({@code externalAliases}, trusted less), and the month from which the
 * entity existed ({@code availableSince}, {@code cg:availableSince}; null when the catalogue does not
 * say): an article that names it cannot be older.
 */
public record CatalogueEntry(Entity entity, Set<String> contextAliases, Set<String> contextEntities,
                             Set<String> externalAliases, YearMonth availableSince) {

    public CatalogueEntry {
        Objects.requireNonNull(entity, "entity");
        contextAliases = Set.copyOf(contextAliases);
        contextEntities = Set.copyOf(contextEntities);
        externalAliases = Set.copyOf(externalAliases);
    }

    /** An entry without a known first appearance. */
    public CatalogueEntry(Entity entity, Set<String> contextAliases, Set<String> contextEntities,
                          Set<String> externalAliases) {
        this(entity, contextAliases, contextEntities, externalAliases, null);
    }

    public Optional<YearMonth> firstAvailable() {
        return Optional.ofNullable(availableSince);
    }

    public String slug() {
        return entity.slug();
    }
}
