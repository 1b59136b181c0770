package org.claimgraph.server;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/**
 * How the server runs. Defaults are the safe ones: loopback only, read-only, 30 s per query,
 * no SERVICE calls.
 *
 * @param maxRows result-row cap for SELECT/CONSTRUCT/DESCRIBE; 0 for none
 */
public record ServerConfig(String host, int port, boolean allowUpdate, Duration queryTimeout, long maxRows,
                           List<String> allowedServices) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 10_000;

    public ServerConfig {
        allowedServices = List.copyOf(allowedServices);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder that checks each argument as it is set. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private boolean allowUpdate;
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private long maxRows = DEFAULT_MAX_ROWS;
        private final List<String> allowedServices = new ArrayList<>();

        private Builder() {}

        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) throw bad("host must not be empty");
            this.host = host;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw bad("port out of range 0..65535: " + port);
            this.port = port;
            return this;
        }

        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) throw bad("query timeout must be positive: " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /** 0 for no cap. */
        public Builder maxRows(long maxRows) {
            if (maxRows < 0) throw bad("max rows must not be negative: " + maxRows);
            this.maxRows = maxRows;
            return this;
        }

        /** Allows SPARQL SERVICE calls to this endpoint (an absolute http or https IRI). */
        public Builder allowService(String endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw bad("not a URL: " + endpoint);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))
                throw bad("SERVICE endpoint must be an http(s) URL: " + endpoint);
            allowedServices.add(endpoint);
            return this;
        }

        public Builder allowServices(List<String> endpoints) {
            endpoints.forEach(this::allowService);
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(host, port, allowUpdate, queryTimeout, maxRows, allowedServices);
        }

        /** Builds the server for {@code dataset}, not yet started. */
        public ClaimServer build(DatasetGraph dataset) {
            return ClaimServer.of(dataset, build());
        }

        private static InputException bad(String message) {
            return new InputException(message, Location.of("server configuration"));
        }
    }
}
