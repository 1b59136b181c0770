package org.claimgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.claimgraph.store.IngestProgress;

/** A one-line progress bar on the terminal, redrawn in place with carriage returns. */
final class ProgressBar implements IngestProgress {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private int failed;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void fileDone(Path file, int done, int total, boolean ok) {
        if (!ok) failed++;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String name = file.getFileName().toString();
        if (name.length() > 30) name = name.substring(0, 27) + "...";
        err.printf("\r[%s%s] %d/%d%s %-30s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total,
                failed > 0 ? " (" + failed + " failed)" : "", name);
        if (done == total) err.println();
        err.flush();
    }
}
