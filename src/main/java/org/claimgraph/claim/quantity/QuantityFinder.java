package org.claimgraph.claim.quantity;

import java.util.List;
import org.claimgraph.ingest.Language;

/**
 * Finds the quantities of one sentence, in text order. Numbers that are not quantities (years,
 * dates, model names such as "Llama 3" or "H100", phone numbers, times, "7 Bilder") are skipped.
 * "X beziehungsweise/respectively Y Milliarden Dollar" yields two mentions, both with scale and unit.
 */
public interface QuantityFinder {

    List<QuantityMention> find(String sentence, Language language);
}
