package org.claimgraph.dating;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.Sentence;
import org.claimgraph.text.TextDocument;

/**
 * Explicit dates in the text ("am 1. Februar 2024", "1.2.2024", "February 1, 2024", "Feb. 1, 2024",
 * "on 1 February 2024", "2024-02-01") and named months of a year in the past tense ("im Januar 2024
 * hatte …", "in March 2024, the company launched …"). What an article reports has happened by the
 * time it is written, so each is a lower bound, and the latest is usually days from publication.
 * Dates in sentences about what is to come, and deadlines ("bis zum …", "by …"), are skipped.
 */
final class TextDates implements DateCues {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(" + Months.NAMES + ")\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
        "(?<![\\d.])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, F);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
        "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR, F);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?" + YEAR);
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + YEAR, F);

    @Override
    public List<DateSignal> find(TextDocument document, List<Mention> mentions) {
        List<DateSignal> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            if (Tense.isFuture(s.text())) continue;
            boolean[] taken = new boolean[s.text().length() + 1];
            days(s.text(), DAY_MONTH_YEAR, 1, 2, 3, true, taken, out);
            days(s.text(), MONTH_DAY_YEAR, 2, 1, 3, true, taken, out);
            days(s.text(), NUMERIC, 1, 2, 3, false, taken, out);
            days(s.text(), ISO, 3, 2, 1, false, taken, out);
            if (Tense.isPast(s.text())) months(s.text(), taken, out);
        }
        return out;
    }

    private static void days(String s, Pattern p, int dayGroup, int monthGroup, int yearGroup, boolean monthName,
                             boolean[] taken, List<DateSignal> out) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (isTaken(taken, m.start(), m.end())) continue;
            if (isDeadline(s, m.start())) {
                take(taken, m.start(), m.end()); // nor is its month and year evidence
                continue;
            }
            int month = monthName ? Months.number(m.group(monthGroup)) : Integer.parseInt(m.group(monthGroup));
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)));
                take(taken, m.start(), m.end());
                out.add(DateSignal.day(DateSignal.Kind.ANCHOR, d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                    "date in the text '" + m.group() + "'", 0.7));
            } catch (DateTimeException e) {
                // "31.2.2024" or a version number: no date
            }
        }
    }

    /** "im Januar 2024 hatte …": the month is over once a writer names it so; "this month" would name the current one. */
    private static void months(String s, boolean[] taken, List<DateSignal> out) {
        Matcher m = MONTH_YEAR.matcher(s);
        while (m.find()) {
            int month = Months.number(m.group(1));
            if (month == 0 || isTaken(taken, m.start(), m.end()) || isDeadline(s, m.start())) continue;
            take(taken, m.start(), m.end());
            out.add(DateSignal.month(DateSignal.Kind.ANCHOR, DateSignal.index(Integer.parseInt(m.group(2)), month) + 1,
                "past month in the text '" + m.group() + "'", 0.6));
        }
    }

    private static boolean isDeadline(String s, int start) {
        return Tense.isDeadline(s, start);
    }

    private static boolean isTaken(boolean[] taken, int begin, int end) {
        for (int i = begin; i < end; i++) if (taken[i]) return true;
        return false;
    }

    private static void take(boolean[] taken, int begin, int end) {
        for (int i = begin; i < end; i++) taken[i] = true;
    }
}
