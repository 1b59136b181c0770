package org.claimgraph.claim;

import java.math.BigDecimal;
import java.util.Objects;
import org.claimgraph.entity.Entity;

/**
 * A figure about an entity. At least one of value, lower, upper is set. {@code unit} is null for
 * plain counts; {@code approximation}, {@code period} and {@code segment} are null when absent.
 *
 * @param change true for the metric's "…Change" twin
 * @param period "YYYY", "YYYY-Qn", "YYYY-MM", "YYYY-MM-DD", "FY2025", "FY2025-Q1", "YYYY-H1"
 */
public record QuantitativeClaim(Entity about, Metric metric, boolean change,
                                BigDecimal value, BigDecimal lower, BigDecimal upper,
                                Unit unit, Approximation approximation, String period, String segment,
                                Provenance provenance) implements Claim {

    public QuantitativeClaim {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(provenance, "provenance");
        if (value == null && lower == null && upper == null)
            throw new IllegalArgumentException("a quantitative claim needs a value or a bound");
    }

    /** The same claim said by another speaker (null: unattributed). */
    public QuantitativeClaim withSpeaker(Entity speaker) {
        Provenance p = provenance;
        return new QuantitativeClaim(about, metric, change, value, lower, upper, unit, approximation, period, segment,
            new Provenance(p.evidence(), speaker, p.modality(), p.extractedBy(), p.confidence()));
    }

    /** Local name of the metric individual, e.g. "Revenue" or "RevenueChange". */
    public String metricLocalName() {
        return change ? metric.changeLocalName() : metric.localName();
    }
}
