package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.IngestProgress;
import org.claimgraph.store.IngestService;
import org.claimgraph.store.IngestSummary;
import org.claimgraph.store.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .html, .htm; folders are read recursively) into the store,"
                + " one named graph per article. Re-ingesting an article replaces its graph.",
                "Exit code 1 when any file failed; the others are stored."})
final class IngestCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin StoreOption storeOption;

    @Mixin ArticleTimeoutOption articleTimeout;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
    List<Path> paths;

    IngestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        InputFiles.expand(paths); // a missing path is reported before the store is touched
        try (ClaimStore store = ClaimStore.open(storeOption.store)) {
            StoreData.loadReferenceGraphs(store, context);
            IngestSummary summary = ingest(store, paths, context, articleTimeout);
            return summary.hasFailures() ? Main.USER_ERROR : Main.OK;
        }
    }

    /** Ingests and reports; shared with {@code serve --ingest}. */
    static IngestSummary ingest(ClaimStore store, List<Path> paths, CliContext context, ArticleTimeoutOption timeout) {
        IngestProgress progress = context.interactive() ? new ProgressBar(context.err()) : IngestProgress.NONE;
        IngestSummary summary = IngestService.builder(timeout.bound(context.processor().get()), context.mapper().get(), store)
                .progress(progress).build().ingest(paths);
        context.out().println(summary.describe().lines().findFirst().orElse(""));
        summary.failures().forEach(f -> context.err().println("claimgraph: " + f.file() + ": " + f.reason()));
        return summary;
    }
}
