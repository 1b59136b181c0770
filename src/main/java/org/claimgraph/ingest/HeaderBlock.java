package org.claimgraph.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code key: value} lines at the top of a text article. Only known keys open a header, so a
 * body starting "Frankfurt: Der Konzern…" is not taken for one. The block ends at a blank line or
 * at the first line that is not a known key.
 */
final class HeaderBlock {

    static final Set<String> KEYS = Set.of("url", "date", "lang", "language", "title");
    private static final Pattern LINE = Pattern.compile("[ \\t]*([A-Za-z]+)[ \\t]*:[ \\t]*(.*?)[ \\t]*");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private int bodyStart;

    private HeaderBlock() {}

    /** The header of {@code text} (LF line ends), or null when it does not start with one. */
    static HeaderBlock parse(String text) {
        HeaderBlock header = new HeaderBlock();
        int pos = 0;
        int lineNo = 1;
        while (pos < text.length() && text.charAt(pos) == '\n' && header.values.isEmpty()) {
            pos++;
            lineNo++;
        }
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            String line = text.substring(pos, end);
            if (line.isBlank()) {
                pos = Math.min(text.length(), end + 1);
                break;
            }
            Matcher m = LINE.matcher(line);
            String key = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
            if (key == null || !KEYS.contains(key)) break;
            header.values.putIfAbsent(key, m.group(2));
            header.lines.putIfAbsent(key, lineNo);
            pos = Math.min(text.length(), end + 1);
            lineNo++;
        }
        if (header.values.isEmpty()) return null;
        header.bodyStart = pos;
        return header;
    }

    /** The raw value of a key (lower case), or null when the key is absent. */
    String value(String key) {
        return values.get(key);
    }

    long line(String key) {
        Integer line = lines.get(key);
        return line == null ? -1 : line;
    }

    int bodyStart() {
        return bodyStart;
    }
}
