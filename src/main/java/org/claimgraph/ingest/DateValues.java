package org.claimgraph.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms headers and pages use: ISO dates and date-times, "31.10.2026",
 * "31. Oktober 2026", "31 October 2026", "Oct. 31, 2026", "Oktober 2026". The precision is what
 * the value gives; nothing is filled in. Anything else is empty.
 */
final class DateValues {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?)(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("märz", 3), Map.entry("march", 3), Map.entry("mär", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("dezember", 12), Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dec", 12));

    private DateValues() {}

    static Optional<PublicationDate> parse(String value) {
        if (value == null) return Optional.empty();
        String s = value.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) return PublicationDate.parse(iso.group(1));
        Matcher dotted = DOTTED.matcher(s);
        if (dotted.matches()) return of(dotted.group(3), dotted.group(2), dotted.group(1));
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        if (dmy.matches()) return month(dmy.group(2)).flatMap(mo -> of(dmy.group(3), mo, dmy.group(1)));
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        if (mdy.matches()) return month(mdy.group(1)).flatMap(mo -> of(mdy.group(3), mo, mdy.group(2)));
        Matcher my = MONTH_YEAR.matcher(s);
        if (my.matches()) return month(my.group(1)).flatMap(mo -> of(my.group(2), mo, "0"));
        return Optional.empty();
    }

    private static Optional<String> month(String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
        return month == null ? Optional.empty() : Optional.of(String.valueOf(month));
    }

    private static Optional<PublicationDate> of(String year, String month, String day) {
        try {
            return Optional.of(new PublicationDate(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (RuntimeException e) { // out-of-range month or day, e.g. 31.02.2026
            return Optional.empty();
        }
    }
}
