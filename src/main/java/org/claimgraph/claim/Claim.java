package org.claimgraph.claim;

import org.claimgraph.entity.Entity;

/** A fact taken from text, always with its provenance. */
public sealed interface Claim permits QuantitativeClaim, ComparativeClaim, RelationClaim {

    /** The subject entity. */
    Entity about();

    Provenance provenance();
}
