package org.claimgraph.server;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which SPARQL SERVICE endpoints a query may call. A public query endpoint that calls any URL a
 * client names is an open proxy (and a way into the local network), so by default no SERVICE runs
 * at all; with an allow-list only the listed endpoint IRIs are called, checked per binding so that
 * {@code SERVICE ?var} cannot slip past.
 */
public final class ServicePolicy implements ChainingServiceExecutor, ChainingServiceExecutorBulk {

    private final Set<String> allowed;

    private ServicePolicy(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    public static ServicePolicy denyAll() {
        return new ServicePolicy(Set.of());
    }

    public static ServicePolicy allowOnly(List<String> endpoints) {
        return new ServicePolicy(Set.copyOf(endpoints));
    }

    public Set<String> allowed() {
        return allowed;
    }

    /** Installs this policy in a query context (a dataset's context, for the server). */
    public void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addBulkLink(this);
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        check(opExecute.getService());
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input, ExecutionContext execCxt,
                                         ServiceExecutorBulk chain) {
        Node service = opService.getService();
        // A variable is resolved per binding and checked by the single-binding link.
        if (!service.isVariable()) check(service);
        else if (allowed.isEmpty()) throw refused(service);
        return chain.createExecution(opService, input, execCxt);
    }

    private void check(Node service) {
        if (!service.isURI() || !allowed.contains(service.getURI())) throw refused(service);
    }

    private static QueryExecException refused(Node service) {
        return new QueryExecException("SERVICE not allowed by this server: " + service);
    }
}
