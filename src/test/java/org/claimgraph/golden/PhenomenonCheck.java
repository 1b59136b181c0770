package org.claimgraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.opentest4j.TestAbortedException;

/**
 * The assertion behind every phenomenon table. A row is {@code lang => text => expected [=> gap]}:
 * <ul>
 *   <li>{@code lang} is "de" or "en", optionally with a publication date: "en@2025-10-30"
 *       (default {@value ClaimStrings#DEFAULT_DATE});</li>
 *   <li>{@code expected} lists the claims in {@link ClaimStrings} form, joined by ";", empty for none;</li>
 *   <li>{@code gap}, when present, names a known extractor gap: the row stays in the table with
 *       the correct expectation and is reported as skipped (with the actual output) while the
 *       extractor still gets it wrong. When the extractor starts getting it right the row fails,
 *       so that the gap note is removed and the row guards the fix from then on.</li>
 * </ul>
 */
public final class PhenomenonCheck {

    private PhenomenonCheck() {}

    /** Checks one table row (three or four cells). */
    public static void check(ArgumentsAccessor row, String kinds) {
        check(row.getString(0), row.getString(1), kinds, row.getString(2), row.size() > 3 ? row.getString(3) : null);
    }

    /** @param kinds which claim kinds the table is about: any of "Q", "C", "R" */
    public static void check(String lang, String text, String kinds, String expected, String gap) {
        String date = ClaimStrings.DEFAULT_DATE;
        int at = lang.indexOf('@');
        if (at >= 0) {
            date = lang.substring(at + 1);
            lang = lang.substring(0, at);
        }
        // a table cell holds one line; '¶' stands for a line break in mini-articles with page furniture
        text = text.replace(" ¶", "\n").replace("¶", "\n");
        Set<String> want = ClaimStrings.expected(expected);
        Set<String> got = ClaimStrings.extract(lang, date, text, kinds);
        String message = "\n" + text + "\nexpected:\n  " + ClaimStrings.show(want) + "\nactual:\n  " + ClaimStrings.show(got);
        if (gap == null || gap.isBlank()) {
            assertEquals(want, got, message);
            return;
        }
        if (want.equals(got)) {
            fail("known gap \"" + gap + "\" is fixed: remove the gap note from this row" + message);
        }
        throw new TestAbortedException("known gap: " + gap + message);
    }
}
