package org.claimgraph;

/** Input we cannot use: an unreadable, empty, oversized or malformed article, a bad argument. */
public class InputException extends ClaimgraphException {

    public InputException(String message, Location location) {
        super(message, location);
    }

    public InputException(String message, Location location, Throwable cause) {
        super(message, location, cause);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
