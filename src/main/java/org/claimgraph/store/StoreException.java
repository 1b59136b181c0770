package org.claimgraph.store;

import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;

/**
 * The store folder cannot be used: locked by another process, unreadable, or not a TDB2 database.
 * These are the user's to fix (close the other process, pick another folder), hence user errors.
 */
public class StoreException extends ClaimgraphException {

    public StoreException(String message, Location location, Throwable cause) {
        super(message, location, cause);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
