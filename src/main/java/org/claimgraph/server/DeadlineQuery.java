package org.claimgraph.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The query service with a hard deadline. Fuseki merges the client's {@code timeout} parameter
 * with the server's limit, and in Jena 5.6 a two-part value ({@code timeout=600,600}) replaces the
 * server's overall limit instead of being capped by it. So, whatever the client asks, every query
 * execution is also aborted by the server once its own limit (plus a small grace, so that Jena's
 * own timeout answers first when it works) has passed.
 */
public class DeadlineQuery extends SPARQL_QueryDataset {

    /** Grace after the limit before the forced abort. */
    static final long GRACE_MS = 250;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "claimgraph-query-deadline");
        t.setDaemon(true);
        return t;
    });

    private final Duration limit;

    /** @param limit the server's query time limit; null for no forced abort */
    public DeadlineQuery(Duration limit) {
        this.limit = limit;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        if (limit != null) {
            // abort() on a finished and closed execution does nothing, so the task is never cancelled
            TIMER.schedule(exec::abort, limit.toMillis() + GRACE_MS, TimeUnit.MILLISECONDS);
        }
        return exec;
    }
}
