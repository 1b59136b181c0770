package org.claimgraph.claim;

import java.math.BigDecimal;
import java.util.Objects;
import org.claimgraph.entity.Entity;

/** "fast zehnmal mehr GPUs als …", "halb so viele Nutzer wie …": about has ratio × comparedTo's metric. */
public record ComparativeClaim(Entity about, Metric metric, BigDecimal ratio, Entity comparedTo,
                               Approximation approximation, Provenance provenance) implements Claim {

    public ComparativeClaim {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(comparedTo, "comparedTo");
        Objects.requireNonNull(provenance, "provenance");
    }
}
