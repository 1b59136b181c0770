package org.claimgraph.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "120                            | PT2M",
            "0                              | PT0S",
            " 5                             | PT5S",
            "Thu, 15 Jan 2026 10:01:30 GMT  | PT1M30S",
            "Thu, 15 Jan 2026 09:00:00 GMT  | PT0S",      // in the past: go now
            "soon                           | none",
            "-3                             | none",
            "1.5                            | none",
    })
    void readsRetryAfterAsSecondsOrHttpDate(String header, String expected) {
        Optional<Duration> d = RetryAfter.parse(header, CLOCK);
        assertEquals(Optional.ofNullable(expected).map(Duration::parse), d);
    }

    @ParameterizedTest
    @CsvSource({"1, 1000", "2, 2000", "3, 4000", "4, 8000", "7, 60000", "30, 60000"})
    void theBackoffCeilingDoublesUpToTheMaximum(int retry, long millis) {
        assertEquals(Duration.ofMillis(millis), RetryPolicy.DEFAULT.ceiling(retry));
    }

    @Test
    void fullJitterSpreadsOverTheWholeRange() {
        Random random = new Random(1);
        long min = Long.MAX_VALUE, max = 0;
        for (int i = 0; i < 2000; i++) {
            long ms = RetryPolicy.DEFAULT.backoff(3, random).toMillis();
            assertTrue(ms >= 0 && ms <= 4000, "within [0, 4 s]: " + ms);
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        assertTrue(min < 400 && max > 3600, "spread " + min + ".." + max);
    }

    @Test
    void capsWhatTheServerAsksFor() {
        assertEquals(Duration.ofSeconds(120), RetryPolicy.DEFAULT.capRetryAfter(Duration.ofHours(5)));
        assertEquals(Duration.ofSeconds(3), RetryPolicy.DEFAULT.capRetryAfter(Duration.ofSeconds(3)));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withMaxAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.withBaseDelay(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> WikidataClient.builder().endpoint("ftp://example.org/sparql"));
        assertThrows(IllegalArgumentException.class, () -> WikidataClient.builder().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> WikidataClient.builder().userAgent(" "));
    }
}
