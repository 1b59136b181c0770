package org.claimgraph.wikidata;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One recorded linking decision: an entity, a candidate (none when the search found nothing), how
 * it was found, its score, whether it was accepted, and why.
 */
public record LinkDecision(String entity, String label, Optional<Qid> candidate, String method,
        BigDecimal score, boolean accepted, String reason) {

    public static final String LABEL_EXACT = "label-exact";
}
