package org.claimgraph.store;

import java.nio.file.Path;

/** Told about each file of a batch as it is done; the CLI draws a progress bar with it. */
@FunctionalInterface
public interface IngestProgress {

    IngestProgress NONE = (file, done, total, ok) -> {};

    /**
     * @param file  the file just handled
     * @param done  how many files are handled so far, this one included
     * @param total how many files the batch has
     * @param ok    false when the file failed
     */
    void fileDone(Path file, int done, int total, boolean ok);
}
