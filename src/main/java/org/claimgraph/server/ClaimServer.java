package org.claimgraph.server;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPARQL server for a claimgraph store: Fuseki with the dataset at {@code /kg}, queried over
 * the union of all graphs. Read-only unless updates are enabled; no admin endpoints; query time
 * and result rows are capped; SERVICE calls go nowhere unless the endpoint is on the allow-list.
 * The policy lives in the dataset's context, which Fuseki merges into every request.
 */
public final class ClaimServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimServer.class);
    public static final String DATASET = "/kg";

    private final FusekiServer server;
    private final ServerConfig config;

    private ClaimServer(FusekiServer server, ServerConfig config) {
        this.server = server;
        this.config = config;
    }

    public static ServerConfig.Builder builder() {
        return ServerConfig.builder();
    }

    /** Builds the server for {@code dataset} (not yet started). */
    static ClaimServer create(DatasetGraph dataset, ServerConfig config) {
        applyPolicy(dataset.getContext(), config);
        ActionService query = config.maxRows() > 0
                ? new RowCappedQuery(config.maxRows(), config.queryTimeout()) : new DeadlineQuery(config.queryTimeout());
        DataService.Builder service = DataService.newBuilder(dataset);
        for (String name : List.of("sparql", "query", ""))
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).processor(query).build());
        service.addEndpoint(Operation.GSP_R, "get");
        if (config.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update");
            service.addEndpoint(Operation.Update, "sparql");
            service.addEndpoint(Operation.Update, "");
            service.addEndpoint(Operation.GSP_RW, "data");
            service.addEndpoint(Operation.GSP_RW, "");
        } else {
            service.addEndpoint(Operation.GSP_R, "");
        }

        FusekiServer.Builder fb = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .verbose(false)
                .enablePing(true)
                .enableStats(true)
                .add(DATASET, service)
                // read-only server status, which the UI needs to list the dataset
                .addServlet("/$/server", new ActionServerStatus());
        String ui = uiLocation();
        if (ui != null) fb.staticFileBase(ui);
        else LOG.warn("Fuseki UI files not found on the classpath; serving SPARQL endpoints only");
        FusekiServer server = fb.build();
        bindHost(server, config.host());
        return new ClaimServer(server, config);
    }

    /** Puts timeout, SERVICE policy and union default graph into the dataset's context. */
    static void applyPolicy(Context context, ServerConfig config) {
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        context.remove(ARQ.symJavaScriptFunctions);
        context.remove(ARQ.symJavaScriptLibFile);
        if (ARQ.getContext().isDefined(ARQ.symJavaScriptFunctions))
            LOG.warn("JavaScript SPARQL functions are enabled JVM-wide ({}); unset it for a public server",
                    ARQ.symJavaScriptFunctions);
        ServicePolicy policy = config.allowedServices().isEmpty()
                ? ServicePolicy.denyAll() : ServicePolicy.allowOnly(config.allowedServices());
        policy.applyTo(context);
    }

    private static String uiLocation() {
        URL index = ClaimServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) return null;
        String s = index.toString();
        return s.substring(0, s.length() - "index.html".length());
    }

    private static void bindHost(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc) sc.setHost(host);
    }

    /** Starts listening; a port already in use is the user's to fix. */
    public ClaimServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            if (causedBy(e, java.net.BindException.class))
                throw new InputException("cannot listen on " + config.host() + ":" + config.port()
                        + " (in use or not a local address)", Location.of("--port " + config.port()), e);
            throw e;
        }
        LOG.debug("SPARQL endpoint at {}", sparqlUrl());
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        if (host.equals("0.0.0.0")) host = "localhost";
        return "http://" + host + ":" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    public ServerConfig config() {
        return config;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause())
            if (type.isInstance(c)) return true;
        return false;
    }

    /** Convenience for the builder: build and bind to {@code dataset}. */
    public static ClaimServer of(DatasetGraph dataset, ServerConfig config) {
        return create(Objects.requireNonNull(dataset, "dataset"), Objects.requireNonNull(config, "config"));
    }
}
