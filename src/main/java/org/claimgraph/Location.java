package org.claimgraph;

/**
 * Where something happened: a file (or other source name), and when known a line and a character
 * offset. Negative line or offset means unknown.
 */
public record Location(String source, long line, long offset) {

    public static final Location UNKNOWN = new Location(null, -1, -1);

    public static Location of(String source) {
        return new Location(source, -1, -1);
    }

    public static Location at(String source, long line, long offset) {
        return new Location(source, line, offset);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source == null ? "<unknown>" : source);
        if (line >= 0) sb.append(':').append(line);
        if (offset >= 0) sb.append(" (offset ").append(offset).append(')');
        return sb.toString();
    }
}
