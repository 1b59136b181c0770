package org.claimgraph.wikidata;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try again: exponential backoff with full jitter (AWS architecture blog, "Exponential
 * Backoff And Jitter"), so several clients that failed together do not retry together.
 *
 * @param maxAttempts   total attempts including the first (≥ 1)
 * @param baseDelay     the ceiling of the first backoff
 * @param factor        growth of the ceiling per retry (≥ 1)
 * @param maxDelay      ceiling of any backoff
 * @param retryAfterCap ceiling of a server's Retry-After we are willing to honour
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, double factor, Duration maxDelay,
        Duration retryAfterCap) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), Duration.ofSeconds(120));

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be ≥ 1: " + maxAttempts);
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        if (baseDelay.isNegative() || maxDelay.isNegative() || retryAfterCap.isNegative())
            throw new IllegalArgumentException("delays must not be negative");
        if (!(factor >= 1.0)) throw new IllegalArgumentException("factor must be ≥ 1: " + factor);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, factor, maxDelay, retryAfterCap);
    }

    public RetryPolicy withBaseDelay(Duration base) {
        return new RetryPolicy(maxAttempts, base, factor, maxDelay, retryAfterCap);
    }

    /** The ceiling of the backoff before retry number {@code retry} (1 = first retry). */
    public Duration ceiling(int retry) {
        double millis = baseDelay.toMillis() * Math.pow(factor, Math.max(0, retry - 1));
        return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
    }

    /** Full jitter: uniform in [0, ceiling]. */
    public Duration backoff(int retry, RandomGenerator random) {
        long ceiling = ceiling(retry).toMillis();
        return Duration.ofMillis(ceiling == 0 ? 0 : random.nextLong(ceiling + 1));
    }

    /** A server's requested wait, capped so a hostile or broken header cannot park us for hours. */
    public Duration capRetryAfter(Duration requested) {
        if (requested.isNegative()) return Duration.ZERO;
        return requested.compareTo(retryAfterCap) > 0 ? retryAfterCap : requested;
    }
}
