package org.claimgraph.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins hard-wrapped paragraphs (plain-text copies wrapped at a fixed width) back into one line,
 * because the segmenter treats every line break as a sentence end. A paragraph counts as wrapped
 * only when it has several lines, none wider than {@link #MAX_WRAP_WIDTH}, and every line but the
 * last fills most of that width; a heading (a short first line) or one-line-per-paragraph text is
 * left alone. So is a list: results boxes ("Revenue: … vs. … expected") and bullet points have lines
 * of similar width too, but wrapping never starts two lines with a bullet or a "Label:" head.
 */
final class LineUnwrapper {

    static final int MAX_WRAP_WIDTH = 100;
    private static final double MIN_FILL = 0.6;
    /** Lines narrower than this are never wrap output, whatever the paragraph width. */
    private static final int MIN_WRAPPED_LINE = 35;

    private LineUnwrapper() {}

    /** @param text paragraphs separated by blank lines, lines by single line breaks */
    static String unwrap(String text) {
        String[] paragraphs = text.split("\n\n", -1);
        List<String> out = new ArrayList<>(paragraphs.length);
        for (String p : paragraphs) out.add(isWrapped(p) ? String.join(" ", p.split("\n")) : p);
        return String.join("\n\n", out);
    }

    static boolean isWrapped(String paragraph) {
        String[] lines = paragraph.split("\n");
        if (lines.length < 2 || isList(lines)) return false;
        int width = 0;
        for (String line : lines) width = Math.max(width, line.length());
        if (width > MAX_WRAP_WIDTH) return false;
        for (int i = 0; i < lines.length - 1; i++) {
            int length = lines[i].length();
            if (length < MIN_WRAPPED_LINE || length < width * MIN_FILL) return false;
        }
        return true;
    }

    /** Two items, or one under an introduction that ends in a colon. */
    private static boolean isList(String[] lines) {
        int items = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!ListItems.startsItem(lines[i])) continue;
            items++;
            if (i > 0 && lines[i - 1].stripTrailing().endsWith(":")) return true;
        }
        return items >= 2;
    }
}
