package org.claimgraph;

/**
 * The one unchecked exception family of claimgraph. Every instance says where it happened, so a
 * batch can report "file: reason" and go on.
 */
public class ClaimgraphException extends RuntimeException {

    private final Location location;

    public ClaimgraphException(String message, Location location) {
        this(message, location, null);
    }

    public ClaimgraphException(String message, Location location, Throwable cause) {
        super(message, cause);
        this.location = location == null ? Location.UNKNOWN : location;
    }

    public Location location() {
        return location;
    }

    /** True when the cause lies in what the user gave us (bad file, bad argument), not in our code. */
    public boolean isUserError() {
        return false;
    }

    /** "where: what", the one-line form used in batch summaries and CLI errors. */
    public String describe() {
        return location.source() == null ? getMessage() : location + ": " + getMessage();
    }
}
