package org.claimgraph.claim;

import java.util.Objects;
import org.claimgraph.entity.Entity;

/** "Finanzchefin Susan Li", "der X-Konkurrent Threads": about –relation→ object. */
public record RelationClaim(Entity about, Relation relation, Entity object, Provenance provenance) implements Claim {

    public RelationClaim {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(provenance, "provenance");
    }
}
