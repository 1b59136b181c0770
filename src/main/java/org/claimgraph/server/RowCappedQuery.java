package org.claimgraph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * The query service with a cap on result rows. The query's LIMIT is lowered to the cap (one more
 * row for SELECT, to learn whether there was more), and the response says so in headers:
 * {@value #HEADER_LIMIT} carries the cap and, for SELECT, {@value #HEADER_TRUNCATED} says whether
 * rows were dropped. A client that wants everything pages with LIMIT/OFFSET.
 */
public final class RowCappedQuery extends DeadlineQuery {

    public static final String HEADER_LIMIT = "X-Claimgraph-Result-Limit";
    public static final String HEADER_TRUNCATED = "X-Claimgraph-Truncated";

    private final long maxRows;

    public RowCappedQuery(long maxRows) {
        this(maxRows, null);
    }

    /** @param deadline the server's query time limit, enforced by {@link DeadlineQuery}; null for none */
    public RowCappedQuery(long maxRows, java.time.Duration deadline) {
        super(deadline);
        if (maxRows <= 0) throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        if (q.isAskType()) return decided;
        long cap = q.isSelectType() ? maxRows + 1 : maxRows;
        if (q.hasLimit() && q.getLimit() <= cap) return decided;
        Query capped = q.cloneQuery();
        capped.setLimit(cap);
        return Pair.create(decided.getLeft(), capped);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query requestQuery, String log) {
        if (requestQuery.isAskType()) return super.executeQuery(action, qExec, requestQuery, log);
        action.setResponseHeader(HEADER_LIMIT, Long.toString(maxRows));
        if (!requestQuery.isSelectType()) return super.executeQuery(action, qExec, requestQuery, log);

        // Materialise at most maxRows (+1 to look ahead) before the response starts, so the
        // truncation header can still be sent.
        RowSet rs = qExec.select();
        List<Binding> rows = new ArrayList<>();
        while (rows.size() < maxRows && rs.hasNext()) rows.add(rs.next());
        boolean truncated = rs.hasNext();
        action.setResponseHeader(HEADER_TRUNCATED, Boolean.toString(truncated));
        return new QueryExecResult(RowSetStream.create(rs.getResultVars(), rows.iterator()));
    }
}
