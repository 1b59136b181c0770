package org.claimgraph.ingest;

/**
 * Sanity bounds for untrusted input files, checked before any expensive work so that a hostile or
 * broken file costs little memory and time.
 *
 * @param maxBytes     largest file accepted; checked from the file size before reading, and again
 *                     while reading (default 5 MB)
 * @param maxLineChars longest line accepted in a plain-text article (default 200,000 characters);
 *                     HTML is exempt because minified pages are legitimately one long line
 * @param maxHtmlDepth deepest element nesting accepted in an HTML page (default 1,000)
 */
public record InputLimits(long maxBytes, int maxLineChars, int maxHtmlDepth) {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE_CHARS = 200_000;
    public static final int DEFAULT_MAX_HTML_DEPTH = 1_000;

    public static final InputLimits DEFAULT = builder().build();

    public InputLimits {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (maxLineChars <= 0) throw new IllegalArgumentException("maxLineChars must be positive: " + maxLineChars);
        if (maxHtmlDepth <= 0) throw new IllegalArgumentException("maxHtmlDepth must be positive: " + maxHtmlDepth);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder; each setter checks its argument at once. */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxLineChars = DEFAULT_MAX_LINE_CHARS;
        private int maxHtmlDepth = DEFAULT_MAX_HTML_DEPTH;

        private Builder() {}

        public Builder maxBytes(long bytes) {
            if (bytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + bytes);
            this.maxBytes = bytes;
            return this;
        }

        public Builder maxLineChars(int chars) {
            if (chars <= 0) throw new IllegalArgumentException("maxLineChars must be positive: " + chars);
            this.maxLineChars = chars;
            return this;
        }

        public Builder maxHtmlDepth(int depth) {
            if (depth <= 0) throw new IllegalArgumentException("maxHtmlDepth must be positive: " + depth);
            this.maxHtmlDepth = depth;
            return this;
        }

        public InputLimits build() {
            return new InputLimits(maxBytes, maxLineChars, maxHtmlDepth);
        }
    }
}
