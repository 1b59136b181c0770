package org.claimgraph.text;

import org.claimgraph.ingest.Article;

/** Removes what is not article text (site furniture, teasers, credits) and normalises Unicode. */
public interface TextCleaner {

    Article clean(Article article);
}
