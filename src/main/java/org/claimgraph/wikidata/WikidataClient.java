package org.claimgraph.wikidata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;

/**
 * A polite SPARQL client for the Wikidata query service (or any SPARQL endpoint): it says who we
 * are, sends one request at a time, honours 429 Retry-After and backs off on failures. Built on
 * java.net.http rather than Jena's remote execution so headers and retries stay in our hands.
 */
public final class WikidataClient {

    public static final URI WIKIDATA = URI.create("https://query.wikidata.org/sparql");
    public static final String DEFAULT_USER_AGENT =
            "claimgraph/0.1 (https://w3id.org/claimgraph; claimgraph@example.org)";

    static final String ACCEPT_RESULTS = "application/sparql-results+json";
    static final String ACCEPT_TURTLE = "text/turtle";

    /** How the query travels; AUTO uses GET (cacheable) unless the URL would be too long. */
    public enum Method { GET, POST, AUTO }

    private static final int MAX_GET_LENGTH = 4000;

    private final URI endpoint;
    private final String userAgent;
    private final Duration timeout;
    private final Method method;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private final HttpClient http;
    // One request in flight: the query service asks clients not to run queries in parallel.
    private final ReentrantLock inFlight = new ReentrantLock(true);

    private WikidataClient(Builder b) {
        this.endpoint = b.endpoint;
        this.userAgent = b.userAgent;
        this.timeout = b.timeout;
        this.method = b.method;
        this.retry = b.retry;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.random = b.random;
        this.http = HttpClient.newBuilder()
                .connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Runs a SELECT query; the rows are read completely before returning. */
    public ResultSetRewindable select(String query) {
        byte[] body = execute(query, ACCEPT_RESULTS);
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
            return ResultSetFactory.copyResults(rs);
        } catch (RiotException | org.apache.jena.sparql.resultset.ResultSetException e) {
            throw new ClaimgraphException("Unreadable SPARQL results from " + endpoint + ": " + e.getMessage(),
                    Location.of(endpoint.toString()), e);
        }
    }

    /** Runs a CONSTRUCT (or DESCRIBE) query and parses the Turtle answer. */
    public Graph construct(String query) {
        byte[] body = execute(query, ACCEPT_TURTLE);
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new ClaimgraphException("Unreadable Turtle from " + endpoint + ": " + e.getMessage(),
                    Location.of(endpoint.toString()), e);
        }
        return g;
    }

    /** Sends the query with retries and returns the body of the first successful answer. */
    byte[] execute(String query, String accept) {
        inFlight.lock();
        try {
            return executeWithRetries(query, accept);
        } finally {
            inFlight.unlock();
        }
    }

    private byte[] executeWithRetries(String query, String accept) {
        String lastReason = "no attempt made";
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            Duration wait;
            try {
                HttpResponse<byte[]> response = http.send(request(query, accept), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status / 100 == 2) return response.body();
                lastReason = "HTTP " + status;
                if (status == 429) {
                    Optional<Duration> asked = RetryAfter.parse(
                            response.headers().firstValue("Retry-After").orElse(null), clock);
                    wait = asked.isPresent() ? retry.capRetryAfter(asked.get()) : retry.backoff(attempt, random);
                    lastReason += asked.map(d -> " (Retry-After " + d.toSeconds() + " s)").orElse("");
                } else if (status / 100 == 5 || status == 408) {
                    wait = retry.backoff(attempt, random);
                } else {
                    // 4xx other than 408/429: the query or the request is wrong; asking again will not help.
                    throw new ClaimgraphException("Wikidata endpoint " + endpoint + " rejected the query: HTTP "
                            + status + excerpt(response.body()), Location.of(endpoint.toString()));
                }
            } catch (HttpTimeoutException e) {
                lastReason = "timeout after " + timeout.toMillis() + " ms";
                wait = retry.backoff(attempt, random);
            } catch (IOException e) {
                lastReason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                wait = retry.backoff(attempt, random);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClaimgraphException("Interrupted while querying " + endpoint, Location.of(endpoint.toString()), e);
            }
            if (attempt < retry.maxAttempts()) pause(wait);
        }
        throw new ClaimgraphException("Wikidata endpoint " + endpoint + " unreachable after " + retry.maxAttempts()
                + " attempts: " + lastReason, Location.of(endpoint.toString()));
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimgraphException("Interrupted while waiting to retry " + endpoint, Location.of(endpoint.toString()), e);
        }
    }

    private HttpRequest request(String query, String accept) {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        boolean get = method == Method.GET
                || (method == Method.AUTO && endpoint.toString().length() + form.length() + 1 <= MAX_GET_LENGTH);
        HttpRequest.Builder rb = HttpRequest.newBuilder()
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", accept);
        if (get) {
            String sep = endpoint.getRawQuery() == null ? "?" : "&";
            return rb.uri(URI.create(endpoint + sep + form)).GET().build();
        }
        return rb.uri(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
    }

    private static String excerpt(byte[] body) {
        if (body == null || body.length == 0) return "";
        String s = new String(body, StandardCharsets.UTF_8).strip();
        return ": " + (s.length() > 300 ? s.substring(0, 300) + "…" : s);
    }

    /** Configuration, checked as it is set. */
    public static final class Builder {
        private URI endpoint = WIKIDATA;
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration timeout = Duration.ofSeconds(60);
        private Method method = Method.AUTO;
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random = new Random();

        private Builder() {}

        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            String scheme = endpoint.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme))
                throw new IllegalArgumentException("endpoint must be an http(s) URL: " + endpoint);
            this.endpoint = endpoint;
            return this;
        }

        public Builder endpoint(String endpoint) {
            return endpoint(URI.create(Objects.requireNonNull(endpoint, "endpoint")));
        }

        /** Wikimedia's policy asks for a descriptive agent with a way to reach the operator. */
        public Builder userAgent(String userAgent) {
            if (userAgent == null || userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
            this.userAgent = userAgent;
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isZero() || timeout.isNegative())
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            this.timeout = timeout;
            return this;
        }

        public Builder method(Method method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public WikidataClient build() {
            return new WikidataClient(this);
        }
    }
}
