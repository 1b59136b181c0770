package org.claimgraph.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A linear pre-scan of raw HTML for the nesting depth of container elements, so that a page built
 * to exhaust the parser is rejected before jsoup builds a tree of it. Only containers whose end tag
 * is never optional are counted, and script, style and comments are skipped, so ordinary pages
 * with unclosed {@code <p>} or {@code <li>} do not inflate the count.
 */
final class HtmlDepthScan {

    private static final Set<String> CONTAINERS = Set.of("div", "span", "section", "article", "main", "table",
            "ul", "ol", "blockquote", "form", "nav", "aside", "header", "footer", "figure", "a", "em", "strong");

    private HtmlDepthScan() {}

    static int maxDepth(String html) {
        int n = html.length();
        int depth = 0;
        int max = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < n) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) break;
                i = html.indexOf('<', end + 3);
                continue;
            }
            boolean close = i + 1 < n && html.charAt(i + 1) == '/';
            int nameStart = i + (close ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < n && Character.isLetterOrDigit(html.charAt(nameEnd))) nameEnd++;
            int gt = html.indexOf('>', nameEnd);
            if (gt < 0) break;
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (!close && (name.equals("script") || name.equals("style"))) {
                int end = indexOfIgnoreCase(html, "</" + name, gt + 1);
                if (end < 0) break;
                i = end + 2;
                i = html.indexOf('<', i);
                continue;
            }
            if (CONTAINERS.contains(name) && html.charAt(gt - 1) != '/') {
                if (close) {
                    depth = Math.max(0, depth - 1);
                } else if (++depth > max) {
                    max = depth;
                }
            }
            i = html.indexOf('<', gt + 1);
        }
        return max;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }
}
