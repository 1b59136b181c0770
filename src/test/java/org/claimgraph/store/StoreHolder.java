package org.claimgraph.store;

import java.nio.file.Path;

/** Run in a child JVM: opens a store, says "ready", and keeps it open until stdin closes. */
public final class StoreHolder {

    public static void main(String[] args) throws Exception {
        try (ClaimStore store = ClaimStore.open(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock
            }
        }
    }
}
