package org.claimgraph.claim;

import java.util.List;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.text.TextDocument;

/** Reads claims from a segmented document whose entity mentions are known. */
public interface ClaimExtractor {

    List<Claim> extract(TextDocument document, List<Mention> mentions);

    /**
     * Reads claims with {@code estimatedDate} (may be null) as the date relative periods ("last
     * quarter", "dieses Jahr") are resolved against when the article states no date of its own; a
     * stated date always wins. Extractors that resolve no relative periods may ignore it.
     */
    default List<Claim> extract(TextDocument document, List<Mention> mentions, PublicationDate estimatedDate) {
        return extract(document, mentions);
    }
}
