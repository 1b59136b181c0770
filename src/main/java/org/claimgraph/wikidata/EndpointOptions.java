package org.claimgraph.wikidata;

import java.time.Duration;

import picocli.CommandLine.Option;

/** The options of every command that talks to a SPARQL endpoint. */
public final class EndpointOptions {

    @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://query.wikidata.org/sparql")
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Per-request timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
            description = "Attempts per request before giving up (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--backoff", paramLabel = "MILLIS", defaultValue = "1000",
            description = "First backoff ceiling in ms, doubled per retry, full jitter (default: ${DEFAULT-VALUE}).")
    long backoffMillis;

    @Option(names = "--user-agent", paramLabel = "TEXT", defaultValue = WikidataClient.DEFAULT_USER_AGENT,
            description = "User-Agent with a contact address, as Wikimedia asks (default: ${DEFAULT-VALUE}).")
    String userAgent;

    WikidataClient client(WikidataClient.Builder template) {
        return template.endpoint(endpoint)
                .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .userAgent(userAgent)
                .retry(RetryPolicy.DEFAULT.withMaxAttempts(attempts).withBaseDelay(Duration.ofMillis(backoffMillis)))
                .build();
    }
}
