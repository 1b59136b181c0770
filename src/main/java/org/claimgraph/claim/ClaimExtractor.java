package org.claimgraph.claim;

import java.util.List;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.TextDocument;

/** Reads claims from a segmented document whose entity mentions are known. */
public interface ClaimExtractor {

    List<Claim> extract(TextDocument document, List<Mention> mentions);
}
