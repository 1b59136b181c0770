package org.claimgraph.claim;

import java.util.Objects;
import org.claimgraph.entity.Entity;

/**
 * Where a claim comes from and how sure we are.
 *
 * @param evidence    the sentence
 * @param speaker     who said it, when the text says so; else null
 * @param modality    reported, forecast, plan or estimate
 * @param extractedBy name of the rule or pattern that produced the claim (cg:extractedBy)
 * @param confidence  0..1
 */
public record Provenance(Evidence evidence, Entity speaker, Modality modality, String extractedBy, double confidence) {

    public Provenance {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(extractedBy, "extractedBy");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence not in 0..1: " + confidence);
    }
}
