package org.claimgraph.dating;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.TextDocument;

/**
 * A date in the article's URL ("/2024/02/01/", "/2024-02-01-", "-20240201-", "/2024/10-31-…",
 * "/2024/02/"): publishers put the publication date there, so it is the strongest evidence. A year
 * alone ("/2024/") is a section, not a date, and is not read.
 */
final class UrlDates implements DateCues {

    /** Year, month and day as path segments or joined by dashes, each ending where the segment does. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
        "(?<![\\d])((?:19|20)\\d\\d)[/_-](\\d{1,2})[/_-](\\d{1,2})(?=[/_.-]|$|[?#])");
    private static final Pattern COMPACT = Pattern.compile("(?<=[/_-])((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?=[/_.-]|$|[?#])");
    private static final Pattern YEAR_MONTH = Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})(?=/|$)");

    @Override
    public List<DateSignal> find(TextDocument document, List<Mention> mentions) {
        String url = document.article().url();
        if (url == null || url.isBlank()) return List.of();
        String path = pathOf(url.strip());
        for (Pattern p : List.of(YEAR_MONTH_DAY, COMPACT)) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                DateSignal s = day(m.group(1), m.group(2), m.group(3), m.group());
                if (s != null) return List.of(s);
            }
        }
        Matcher m = YEAR_MONTH.matcher(path);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return List.of(DateSignal.month(DateSignal.Kind.URL, DateSignal.index(Integer.parseInt(m.group(1)), month),
                    "URL date '" + m.group() + "'", 0.85));
            }
        }
        return List.of();
    }

    private static DateSignal day(String y, String mo, String d, String evidence) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return DateSignal.day(DateSignal.Kind.URL, date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                "URL date '" + evidence + "'", 0.9);
        } catch (DateTimeException e) {
            return null; // an id that looks like a date but is none
        }
    }

    /** The part after the host: a host name ("web2024.example") holds no date. */
    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int slash = url.indexOf('/', start);
        return slash < 0 ? "" : url.substring(slash);
    }
}
