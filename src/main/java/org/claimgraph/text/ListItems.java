package org.claimgraph.text;

import java.util.regex.Pattern;

/**
 * The start of a list item: a bullet or number marker, or a short label and a colon ("Revenue: …",
 * "Umsatz: …"). Shared by the line unwrapper, which must not join such lines, and the claim stage,
 * which reads the items of a results box.
 */
public final class ListItems {

    private static final Pattern ITEM = Pattern.compile(
        "^\\s*(?:[-–—•·▪*+]\\s|\\d{1,2}[.)]\\s|[\\p{L}\\p{N}][\\p{L}\\p{N}'’&/.\\- ]{0,40}:\\s)");

    private ListItems() {
    }

    public static boolean startsItem(CharSequence line) {
        return ITEM.matcher(line).find();
    }
}
