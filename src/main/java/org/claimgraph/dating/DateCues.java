package org.claimgraph.dating;

import java.util.List;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.TextDocument;

/** One kind of dating evidence: finds its signals in an article. */
interface DateCues {

    List<DateSignal> find(TextDocument document, List<Mention> mentions);
}
