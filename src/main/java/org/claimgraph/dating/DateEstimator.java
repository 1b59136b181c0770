package org.claimgraph.dating;

import java.util.List;
import java.util.Optional;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.TextDocument;

/**
 * Infers when an article was published from what it says, for the claim stage to resolve relative
 * periods ("im vergangenen Quartal", "this year") against. Runs after entity recognition. Returns
 * nothing when the evidence does not fix a date: an estimate is never invented.
 */
public interface DateEstimator {

    Optional<DateEstimate> estimate(TextDocument document, List<Mention> mentions);
}
