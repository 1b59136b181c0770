package org.claimgraph.cli;

import java.time.Duration;
import org.claimgraph.pipeline.ArticleProcessor;
import org.claimgraph.pipeline.DeadlineProcessor;
import picocli.CommandLine.Option;

/** {@code --article-timeout SECONDS}: the most one article's extraction may take before it is skipped and reported. */
public class ArticleTimeoutOption {

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "skip and report an article whose extraction takes longer (default: ${DEFAULT-VALUE})")
    long seconds = 60;

    ArticleProcessor bound(ArticleProcessor processor) {
        if (seconds <= 0) throw new org.claimgraph.InputException("--article-timeout must be positive, got " + seconds,
            org.claimgraph.Location.UNKNOWN);
        return new DeadlineProcessor(processor, Duration.ofSeconds(seconds));
    }
}
