package org.claimgraph.dating;

import java.util.Objects;
import org.claimgraph.ingest.PublicationDate;

/**
 * A publication date inferred from an article's own evidence, for an article that states none: the
 * earliest date consistent with everything the text and URL say, as precise as that evidence.
 *
 * @param date       the estimate (a day when a full date fixed it, else a month)
 * @param method     how it was reached, in words: the deciding evidence and what else bounded it
 * @param confidence 0 to 1; a date in the URL is near 1, a month placed by an entity bound far less
 */
public record DateEstimate(PublicationDate date, String method, double confidence) {

    public DateEstimate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        if (!(confidence > 0 && confidence <= 1)) throw new IllegalArgumentException("confidence out of (0, 1]: " + confidence);
    }
}
