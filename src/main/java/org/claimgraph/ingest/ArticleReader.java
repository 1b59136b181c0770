package org.claimgraph.ingest;

import java.nio.file.Path;

/** Reads one input file into an {@link Article}. Throws {@link org.claimgraph.InputException} for unusable input. */
public interface ArticleReader {

    Article read(Path file);
}
