package org.claimgraph.wikidata;

import java.time.Duration;

/** Waits between attempts; tests inject one that records the wait instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
