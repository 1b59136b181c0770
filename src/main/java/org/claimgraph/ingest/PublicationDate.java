package org.claimgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source gives it: a year, a year and month, or a full day.
 * {@code month} and {@code day} are 0 when not known.
 */
public record PublicationDate(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PublicationDate {
        if (year < 1000 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (month == 0 && day != 0) throw new IllegalArgumentException("day without month");
        if (day != 0) LocalDate.of(year, month, day); // throws DateTimeException for 2024-02-30
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (leading/trailing space allowed); empty otherwise. */
    public static Optional<PublicationDate> parse(String s) {
        if (s == null) return Optional.empty();
        Matcher m = ISO.matcher(s.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new PublicationDate(y, mo, d));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The lexical form: "2024", "2024-08" or "2024-08-01". */
    public String lexical() {
        if (!hasMonth()) return String.format("%04d", year);
        if (!hasDay()) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** The XSD datatype local name matching the precision: gYear, gYearMonth or date. */
    public String xsdType() {
        return !hasMonth() ? "gYear" : !hasDay() ? "gYearMonth" : "date";
    }

    /** Calendar quarter 1-4, or 0 when the month is unknown. */
    public int quarter() {
        return hasMonth() ? (month - 1) / 3 + 1 : 0;
    }

    @Override
    public String toString() {
        return lexical();
    }
}
