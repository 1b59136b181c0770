package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ingest.PublicationDate;

/**
 * Finds period expressions in a sentence and resolves them against the article date and the
 * subject's fiscal calendar: explicit ones ("zweites Quartal 2024", "Q2", "fiscal 2025",
 * "Geschäftsjahr 2024/2025") and relative ones ("im abgelaufenen Quartal", "the current quarter",
 * "dieses Jahr", "next year", "Vorjahresquartal", "a year ago").
 */
public final class PeriodResolver {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
        Map.entry("ersten", 1), Map.entry("erste", 1), Map.entry("erstes", 1), Map.entry("zweiten", 2), Map.entry("zweite", 2),
        Map.entry("zweites", 2), Map.entry("dritten", 3), Map.entry("dritte", 3), Map.entry("drittes", 3),
        Map.entry("vierten", 4), Map.entry("vierte", 4), Map.entry("viertes", 4),
        Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
        Map.entry("schluss", 4), Map.entry("1.", 1), Map.entry("2.", 2), Map.entry("3.", 3), Map.entry("4.", 4));

    private static final String YEAR = "(20\\d\\d|'\\d\\d)";
    /** a year that may be split ("Geschäftsjahr 2024/25"): the second group, when present, names the fiscal year */
    private static final String SPLIT = "(?:\\s?/\\s?(?:20)?(\\d\\d)(?!\\d))?";
    private static final Pattern QUARTER_WORDS = Pattern.compile(
        "(ersten|erste[sn]?|zweite[sn]?|dritte[sn]?|vierte[sn]?|first|second|third|fourth|[1-4]\\.|(?<!\\p{L})schluss(?=quartal))[- ]?"
        + "(?:(?:fiscal|geschäfts|fiskal)[- ]?)?(?:quartal\\w*|quarter|three months)"
        + "(?:\\s+(?:(?:des|seines|ihres|im)\\s+(?:laufenden\\s+)?(?:geschäfts|fiskal)jahr(?:es)?\\s+|of\\s+(?:its\\s+)?(?:fiscal\\s+(?:year\\s+)?)?|(?:fiscal\\s+)?)" + YEAR + SPLIT + ")?"
        + "(?:\\s+(?:des|seines|ihres)\\s+(?:laufenden\\s+)?(?:geschäfts|fiskal)jahr(?:es)?|\\s+of\\s+its\\s+fiscal\\s+year)?", F);
    /** "im ersten Halbjahr 2025", "in der zweiten Jahreshälfte", "first half of 2025", "the first six months of fiscal 2025" */
    private static final Pattern HALF_WORDS = Pattern.compile(
        "(ersten|erste[sn]?|zweiten|zweite[sn]?|first|second|[12]\\.)[- ]?"
        + "(?:(?:geschäfts|fiskal)?halbjahr(?:es|s)?|jahreshälfte|hälfte des (?:geschäfts)?jahres|half(?: of the year)?|sechs monaten?|six months)"
        + "(?:\\s+(?:des (?:geschäfts|fiskal)jahres\\s+|of\\s+(?:its\\s+)?(?:fiscal\\s+(?:year\\s+)?)?|(?:fiscal\\s+)?)" + YEAR + SPLIT + ")?", F);
    /**
     * The year after "H1"/"Q3": "H1 2025", "Q3/24", "Q1 FY2026", "H2'25" — separated, since glued digits are a
     * model name ("H100", "Q100"), never a period.
     */
    private static final String CODE_YEAR = "(?:(?:[ /-]|\\s?(?:FY|GJ)\\s?|'|[ /-](?:FY|GJ)\\s?)(20\\d\\d|'?\\d\\d(?![\\d,.])))";
    /** "H1 2025", "H2/2024", "1H25", "H1 FY2025" */
    private static final Pattern HALF_CODE = Pattern.compile(
        "\\b(?:H([12])" + CODE_YEAR + "|([12])H'?(\\d\\d))\\b");
    private static final Pattern QUARTER_CODE = Pattern.compile(
        "\\b(?:Q([1-4])" + CODE_YEAR + "?|([1-4])Q'?(\\d\\d)|(20\\d\\d)-Q([1-4]))\\b");
    private static final Pattern FISCAL_YEAR = Pattern.compile(
        "(?:geschäftsjahr(?:es)?|fiskaljahr(?:es)?|fiscal(?: year)?|FY|GJ)\\s?'?(20\\d\\d|\\d\\d(?!\\d|[.,]\\d)(?!\\s*(?:mrd|mio|milliard|million|billion|prozent|percent|%|dollar|euro|us-dollar|\\$|€)))(?:\\s?/\\s?(?:20)?(\\d\\d))?", F);
    private static final Pattern SPLIT_YEAR = Pattern.compile("\\b(20\\d\\d)\\s?/\\s?(?:20)?(\\d\\d)\\b");
    private static final Pattern PLAIN_YEAR = Pattern.compile("(?<![\\d./-])(20\\d\\d)(?![\\d./-]\\d)");
    private static final Pattern LAST_QUARTER = Pattern.compile(
        "(?:abgelaufene[nm]?|vergangene[nm]?|zurückliegende[nm]?|jüngste[nm]?|letzte[nm]?|berichtete[nm]?)\\s+(?:geschäfts|fiskal)?quartal\\w*|berichtszeitraum"
        + "|(?:last|latest|past|most recent|just[- ]ended|recent)\\s+(?:fiscal\\s+)?quarter|\\bthis quarter\\b(?= (?:was|were|rose|fell|grew))"
        // a report of "quarterly revenue" or a "Quartalsumsatz" with no quarter named is about the last one
        + "|\\bquarterly\\b(?=\\s+(?:revenue|sales|profit|earnings|results|net income|loss|operating income))"
        + "|\\bquartals(?:umsatz|umsätze|gewinn|verlust|zahlen|ergebnis|bilanz|erlös)\\p{L}*", F);
    private static final Pattern HOLIDAY_QUARTER = Pattern.compile("weihnachtsquartal\\w*|(?:holiday|christmas)(?:[- ]season)? quarter", F);
    private static final Pattern CURRENT_QUARTER = Pattern.compile(
        "(?:laufende[nm]?|aktuelle[nm]?|angelaufene[nm]?|diese[nms]?)\\s+(?:geschäfts|fiskal)?quartal\\w*|current (?:fiscal )?(?:quarter|period)|this quarter", F);
    private static final Pattern NEXT_QUARTER = Pattern.compile("(?:kommende[nm]?|nächste[nm]?|folgende[nm]?)\\s+quartal\\w*|next quarter|following quarter|coming quarter", F);
    private static final Pattern CURRENT_YEAR = Pattern.compile(
        "(?:in )?(?:diesem|dieses|laufende[nm]?|angelaufene[nm]?|aktuelle[nm]?)\\s+(?:geschäfts|fiskal|kalender)?jahr(?:es)?(?!\\p{L})|this year|current (?:fiscal |calendar )?year|so far this year|year[- ]to[- ]date"
        + "|(?:im |für das |fürs )?gesamtjahr(?:es)?|(?:for )?the full(?:[- ]fiscal)? year|full-year"
        + "|(?:by |at |until |through )?the end of (?:the|this) year|\\bby year[- ]end\\b|(?:bis |zum )?jahresende|(?:bis )?(?:zum )?ende (?:des|dieses) jahres|\\bfor the year\\b(?! (?:ended|ending|ago|earlier|before))", F);
    private static final Pattern NEXT_YEAR = Pattern.compile(
        "(?:kommende[nm]?|nächste[nm]?|folgende[nm]?)\\s+(?:geschäfts|fiskal)?jahr(?:es)?(?!\\p{L})|next (?:fiscal )?year|coming year", F);
    /** "im vergangenen Jahr", "im abgelaufenen Geschäftsjahr": the (fiscal) year before the current one */
    private static final Pattern LAST_YEAR = Pattern.compile(
        "(?:vergangene[nms]?|letzte[nms]?|vorige[nms]?|abgelaufene[nms]?|zurückliegende[nms]?)\\s+(?:geschäfts|fiskal|kalender)?jahr(?:es|s)?(?!\\p{L})", F);
    private static final Pattern YEAR_AGO = Pattern.compile(
        "vorjahres\\w*|vor jahresfrist|im jahresvergleich|gegenüber dem vorjahr\\w*|im vorjahr\\w*|vor einem jahr|ein jahr zuvor|vorjahr"
        + "|(?:a|one) year (?:ago|earlier|before)|year[- ]ago|year[- ]earlier|same (?:period|quarter) (?:a year ago|last year|of last year|in \\d{4})"
        + "|last year(?: in the same (?:period|quarter))?|prior[- ]year|year[- ]over[- ]year|from a year", F);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("januar", 1), Map.entry("january", 1), Map.entry("februar", 2), Map.entry("february", 2), Map.entry("märz", 3),
        Map.entry("march", 3), Map.entry("april", 4), Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juni", 6),
        Map.entry("june", 6), Map.entry("juli", 7), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
        Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("november", 11), Map.entry("dezember", 12), Map.entry("december", 12),
        // English abbreviations as wires write them ("the quarter ended Sept. 27")
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("aug", 8), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("oct", 10),
        Map.entry("nov", 11), Map.entry("dec", 12));
    /** A state at a day: "as of June 30", "as of June 30, 2025", "zum 30. Juni 2025", "Stand 31. März" */
    private static final Pattern AS_OF_DAY = Pattern.compile(
        "(?:\\bas of|\\bas at|\\bat the end of|\\bzum|\\bper|\\bstand:?|\\bam)\\s+(?:(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})\\.\\s*(\\p{L}+))(?:,?\\s+(20\\d\\d))?(?![\\d.,]\\d)", F);
    private static final Pattern COUNTED_QUARTER = Pattern.compile(
        "\\s+(?:ever\\b|in which\\b|above\\b|over\\b|below\\b|of more than\\b|with more than\\b|to (?:top|exceed|surpass|cross)\\b)", F);
    /** "the second quarter ended July 27, 2025", "the fiscal fourth quarter ended June 30" (with its own day and year) */
    private static final Pattern NTH_QUARTER_ENDED = Pattern.compile(
        "\\b(first|second|third|fourth)[- ](?:fiscal[- ])?quarter\\s+(?:of\\s+fiscal\\s+(?:year\\s+)?20\\d\\d\\s+)?(?:that\\s+|which\\s+)?end(?:ed|ing)\\s+(?:on\\s+)?"
        + "(\\p{L}+)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(20\\d\\d))?(?![\\d.,]\\d)", F);
    private static final Pattern QUARTER_ENDED = Pattern.compile(
        "(?:quarter|three months|period)\\s+(?:that\\s+|which\\s+)?end(?:ed|ing)\\s+(?:in\\s+|on\\s+)?(?:late\\s+|early\\s+)?(\\p{L}+)"
        + "|(?:im\\s+)?(?:bis\\s+ende|zum|per\\s+ende)\\s+(\\p{L}+)\\s+abgelaufenen\\s+quartal"
        // "in den drei Monaten bis Ende September": the quarter by its last month
        + "|\\bdrei\\s+monate[n]?\\s+bis\\s+(?:ende\\s+|zum\\s+)?(\\p{L}+)", F);
    /** "the April-June period", "the July–September quarter", "im Zeitraum April bis Juni": a calendar quarter by its months */
    private static final Pattern MONTH_SPAN = Pattern.compile(
        "\\b(january|april|july|october|januar|juli|oktober)\\s?(?:[-–]|bis|to|through)\\s?(march|june|september|december|märz|juni|dezember)\\b"
        + "(?=\\s+(?:period|quarter|zeitraum|quartal))|(?<=zeitraum )(januar|april|juli|oktober)\\s+bis\\s+(märz|juni|september|dezember)\\b", F);
    /** a month as the time of a state or event: "in June", "at the end of March", "since May 2024", "im Juni", "Ende März" */
    private static final Pattern MONTH_TIME = Pattern.compile(
        "\\b(?:in|during|since|by|at the end of|by the end of|the end of|end of|as of|im|seit|ende|anfang|mitte)\\s+(\\p{L}+)(?:\\s+(20\\d\\d))?\\b(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?![.,]\\d))", F);
    private static final Pattern THIS_MONTH = Pattern.compile("\\b(?:earlier |later )?this month\\b|\\bin diesem monat\\b|\\b(?:anfang|mitte) (?:dieses|des) monats\\b", F);
    /** "at the end of last year": a state at a calendar year that is over, not a comparison basis */
    private static final Pattern END_OF_LAST_YEAR = Pattern.compile(
        "(?:at |by )?the end of last year|\\bende (?:des )?(?:letzten|vergangenen) jahres\\b", F);
    private static final Pattern UPCOMING = Pattern.compile(
        "(?:laufende[nm]?|aktuelle[nm]?|kommende[nm]?|nächste[nm]?|current|coming|next|upcoming)\\s+$", F);
    private static final Pattern PREVIOUS_QUARTER = Pattern.compile(
        "vorquartal\\w*|im quartal davor|previous quarter|prior quarter|preceding quarter|sequential(?:ly)?", F);

    /** The period expressions of the sentence, resolved for a company whose fiscal year ends in {@code yearEndMonth}. */
    public List<PeriodMention> find(String sentence, PublicationDate date, int yearEndMonth) {
        // the rules ask about one sentence again and again (once per figure): remember the last answer, per thread
        Query query = new Query(sentence, date, yearEndMonth);
        Answer previous = lastAnswer.get();
        if (previous != null && previous.query().equals(query)) return previous.mentions();
        List<PeriodMention> mentions = List.copyOf(resolve(sentence, date, yearEndMonth));
        lastAnswer.set(new Answer(query, mentions));
        return mentions;
    }

    private record Query(String sentence, PublicationDate date, int yearEndMonth) {}

    private record Answer(Query query, List<PeriodMention> mentions) {}

    private final ThreadLocal<Answer> lastAnswer = new ThreadLocal<>();

    private List<PeriodMention> resolve(String sentence, PublicationDate date, int yearEndMonth) {
        List<PeriodMention> out = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        if (date != null) relative(out, taken, sentence, END_OF_LAST_YEAR, Period.year(date.year() - 1, FiscalCalendar.CALENDAR));
        addBasis(out, taken, sentence, PREVIOUS_QUARTER, PeriodMention.Basis.PREVIOUS_QUARTER);
        addBasis(out, taken, sentence, YEAR_AGO, PeriodMention.Basis.YEAR_AGO);
        asOfDays(out, taken, sentence, date);
        explicitHalves(out, taken, sentence, date, yearEndMonth);
        explicitQuarters(out, taken, sentence, date, yearEndMonth);
        if (date != null && date.hasMonth()) monthQuarters(out, taken, sentence, date, yearEndMonth);
        // "for the fiscal year ending in May": the running fiscal year, not the month it ends in
        if (date != null && yearEndMonth != FiscalCalendar.CALENDAR) relative(out, taken, sentence, FISCAL_YEAR_ENDING, currentYear(date, yearEndMonth));
        months(out, taken, sentence, date, yearEndMonth);
        explicitYears(out, taken, sentence, date, yearEndMonth);
        if (date != null) {
            // the quarter ending in December: reported on early in the next year, forecast in the second half of its own
            int holidayYear = date.hasMonth() && date.month() >= 7 ? date.year() : date.year() - 1;
            relative(out, taken, sentence, HOLIDAY_QUARTER, Period.quarterEndingIn(holidayYear, 12, yearEndMonth));
            relative(out, taken, sentence, LAST_QUARTER, lastCompletedQuarter(date, yearEndMonth));
            relative(out, taken, sentence, CURRENT_QUARTER, currentQuarter(date, yearEndMonth));
            relative(out, taken, sentence, NEXT_QUARTER, currentQuarter(date, yearEndMonth).nextQuarter());
            relative(out, taken, sentence, NEXT_YEAR, currentYear(date, yearEndMonth).minusYears(-1));
            relative(out, taken, sentence, CURRENT_YEAR, currentYear(date, yearEndMonth));
            lastYears(out, taken, sentence, date, yearEndMonth);
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** The last quarter that had ended before the date. */
    public static Period lastCompletedQuarter(PublicationDate date, int yearEndMonth) {
        int idx = date.year() * 12 + (date.hasMonth() ? date.month() - 1 : 11) - 1;
        while (((idx % 12 + 1) - yearEndMonth) % 3 != 0) idx--;
        return Period.quarterEndingIn(idx / 12, idx % 12 + 1, yearEndMonth);
    }

    /** The quarter the date falls in. */
    public static Period currentQuarter(PublicationDate date, int yearEndMonth) {
        int idx = date.year() * 12 + (date.hasMonth() ? date.month() - 1 : 0);
        while (((idx % 12 + 1) - yearEndMonth) % 3 != 0) idx++;
        return Period.quarterEndingIn(idx / 12, idx % 12 + 1, yearEndMonth);
    }

    public static Period currentYear(PublicationDate date, int yearEndMonth) {
        int month = date.hasMonth() ? date.month() : 1;
        return Period.year(month <= yearEndMonth ? date.year() : date.year() + 1, yearEndMonth);
    }

    private void addBasis(List<PeriodMention> out, boolean[] taken, String s, Pattern p, PeriodMention.Basis basis) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), null, basis));
        }
    }

    private void explicitQuarters(List<PeriodMention> out, boolean[] taken, String s, PublicationDate date, int yem) {
        Matcher m = NTH_QUARTER_ENDED.matcher(s);
        while (m.find()) {
            Integer n = ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (n == null || month == null || m.group(3) == null && date == null) continue;
            int year = m.group(3) != null ? Integer.parseInt(m.group(3))
                : month <= (date.hasMonth() ? date.month() : 12) ? date.year() : date.year() - 1;
            Period p = Period.quarterEndingIn(year, month, yem);
            // "the second quarter ended July 27": the ordinal and the month say which fiscal calendar it is
            if (p.quarter() != n) p = Period.quarterEndingIn(year, month, (month - 1 + 3 * (4 - n)) % 12 + 1);
            if (claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), p, PeriodMention.Basis.NONE));
        }
        m = QUARTER_WORDS.matcher(s);
        while (m.find()) {
            Integer q = ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT).strip());
            if (q == null) continue;
            // "its first quarter above $100 billion", "the first quarter ever with …": a count of quarters, not Q1
            if (m.group(2) == null && COUNTED_QUARTER.matcher(s.substring(m.end())).lookingAt()) continue;
            Period p = quarter(q, m.group(3) != null ? m.group(3) : m.group(2), date, yem);
            // "das laufende zweite Quartal", "the current fourth quarter": the one not yet over
            if (p != null && m.group(2) == null && p.endedBefore(date)
                && UPCOMING.matcher(s.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                p = p.minusYears(-1);
            }
            if (p != null && claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), p, PeriodMention.Basis.NONE));
        }
        m = QUARTER_ENDED.matcher(s);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
            if (month == null || date == null) continue;
            int year = month <= (date.hasMonth() ? date.month() : 12) ? date.year() : date.year() - 1;
            Period p = Period.quarterEndingIn(year, month, yem);
            if (p.endMonthIndex() % 12 + 1 == month && claim(taken, m.start(), m.end()))
                out.add(new PeriodMention(m.start(), m.end(), p, PeriodMention.Basis.NONE));
        }
        m = QUARTER_CODE.matcher(s);
        while (m.find()) {
            Period p;
            if (m.group(1) != null) p = quarter(Integer.parseInt(m.group(1)), m.group(2), date, yem);
            else if (m.group(3) != null) p = quarter(Integer.parseInt(m.group(3)), m.group(4), date, yem);
            else p = quarter(Integer.parseInt(m.group(6)), m.group(5), date, yem);
            if (p != null && claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), p, PeriodMention.Basis.NONE));
        }
    }

    /** A quarter by its months, and a month with its year or else the last such month up to the article's. */
    private void months(List<PeriodMention> out, boolean[] taken, String s, PublicationDate date, int yem) {
        if (date == null || !date.hasMonth()) return;
        Matcher m = MONTH_SPAN.matcher(s);
        while (m.find()) {
            Integer first = MONTHS.get((m.group(1) != null ? m.group(1) : m.group(3)).toLowerCase(Locale.ROOT));
            Integer last = MONTHS.get((m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT));
            if (first == null || last == null || last - first != 2) continue;
            int year = last <= date.month() ? date.year() : date.year() - 1;
            if (claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), Period.quarterEndingIn(year, last, yem), PeriodMention.Basis.NONE));
        }
        m = MONTH_TIME.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            // "may" is a verb as often as a month: only the capitalised word names it
            if (month == null || !Character.isUpperCase(m.group(1).charAt(0))) continue;
            // "im ersten Quartal, das Ende August endete": the month only says when the named period ended
            if (PERIOD_END_CLAUSE.matcher(s.substring(m.end())).lookingAt()) continue;
            int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : month <= date.month() ? date.year() : date.year() - 1;
            if (claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), Period.month(year, month), PeriodMention.Basis.NONE));
        }
        m = THIS_MONTH.matcher(s);
        while (m.find()) {
            if (claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), Period.month(date.year(), date.month()), PeriodMention.Basis.NONE));
        }
    }

    /** A day with its year, or else the last such day on or before the article's date (a state is reported after it). */
    private static final Pattern PERIOD_END_CLAUSE = Pattern.compile("\\s*(?:endete|endet|zu ende ging|abgeschlossen wurde|ended|ends)\\b", F);

    private void asOfDays(List<PeriodMention> out, boolean[] taken, String s, PublicationDate date) {
        Matcher m = AS_OF_DAY.matcher(s);
        while (m.find()) {
            String monthName = (m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT);
            Integer month = MONTHS.get(monthName);
            if (month == null) continue;
            // "im Geschäftsjahr 2024/25, das am 30. Juni endete": the day only says when the named period ended
            if (PERIOD_END_CLAUSE.matcher(s.substring(m.end())).lookingAt()) continue;
            int day = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
            if (day < 1 || day > java.time.YearMonth.of(2024, month).lengthOfMonth()) continue;
            int year;
            if (m.group(5) != null) {
                year = Integer.parseInt(m.group(5));
            } else if (date != null && date.hasMonth()) {
                int dateDay = date.hasDay() ? date.day() : 31;
                year = month < date.month() || month == date.month() && day <= dateDay ? date.year() : date.year() - 1;
            } else {
                continue;
            }
            if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) continue;
            if (claim(taken, m.start(), m.end())) {
                out.add(new PeriodMention(m.start(), m.end(), Period.day(new PublicationDate(year, month, day)), PeriodMention.Basis.NONE));
            }
        }
    }

    private void explicitHalves(List<PeriodMention> out, boolean[] taken, String s, PublicationDate date, int yem) {
        Matcher m = HALF_WORDS.matcher(s);
        while (m.find()) {
            String ordinal = m.group(1).toLowerCase(Locale.ROOT).strip();
            Integer h = ORDINALS.get(ordinal);
            if (h == null || h > 2) continue;
            // "the first six months" is the first half; "the second six months" reads oddly and is left alone
            if (m.group().toLowerCase(Locale.ROOT).contains("six") || m.group().toLowerCase(Locale.ROOT).contains("sechs")) {
                if (h != 1) continue;
            }
            Period p = half(h, m.group(3) != null ? m.group(3) : m.group(2), date, yem);
            if (p != null && claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), p, PeriodMention.Basis.NONE));
        }
        m = HALF_CODE.matcher(s);
        while (m.find()) {
            Period p = m.group(1) != null ? half(Integer.parseInt(m.group(1)), m.group(2), date, yem)
                : half(Integer.parseInt(m.group(3)), m.group(4), date, yem);
            if (p != null && claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), p, PeriodMention.Basis.NONE));
        }
    }

    /** A half year with its year, or else the one under way at the article date, or else the last one ended by then. */
    private static Period half(int h, String yearText, PublicationDate date, int yem) {
        if (yearText != null) return Period.half(fullYear(yearText), h, yem);
        if (date == null) return null;
        Period current = currentQuarter(date, yem);
        int currentHalf = current.quarter() <= 2 ? 1 : 2;
        if (date.hasMonth() && currentHalf == h) return Period.half(current.year(), h, yem);
        int year = h < currentHalf ? current.year() : current.year() - 1;
        return Period.half(year, h, yem);
    }

    private static Period quarter(int q, String yearText, PublicationDate date, int yem) {
        if (yearText != null) return Period.quarter(fullYear(yearText), q, yem);
        if (date == null) return null;
        // no report on a quarter can exist before it ends: the quarter under way is meant, not last year's
        if (date.hasMonth() && currentQuarter(date, yem).quarter() == q) return currentQuarter(date, yem);
        // the most recent quarter q that had ended by the article date
        Period p = lastCompletedQuarter(date, yem);
        while (p.quarter() != q) p = p.previousQuarter();
        return p;
    }

    private void explicitYears(List<PeriodMention> out, boolean[] taken, String s, PublicationDate date, int yem) {
        Matcher m = FISCAL_YEAR.matcher(s);
        while (m.find()) {
            int y = m.group(2) != null ? fullYear(m.group(2)) : fullYear(m.group(1));
            if (claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), Period.year(y, yem), PeriodMention.Basis.NONE));
        }
        m = SPLIT_YEAR.matcher(s);
        while (m.find()) {
            if (claim(taken, m.start(), m.end()))
                out.add(new PeriodMention(m.start(), m.end(), Period.year(fullYear(m.group(2)), yem), PeriodMention.Basis.NONE));
        }
        m = PLAIN_YEAR.matcher(s);
        while (m.find()) {
            // a bare year is a calendar year unless the company reports otherwise and the text says fiscal
            if (claim(taken, m.start(), m.end()))
                out.add(new PeriodMention(m.start(), m.end(), Period.year(Integer.parseInt(m.group(1)), FiscalCalendar.CALENDAR), PeriodMention.Basis.NONE));
        }
    }

    /** "im abgelaufenen Geschäftsjahr" is the company's fiscal year; "im vergangenen Jahr" the calendar year. */
    private void lastYears(List<PeriodMention> out, boolean[] taken, String s, PublicationDate date, int yem) {
        Matcher m = LAST_YEAR.matcher(s);
        while (m.find()) {
            boolean fiscal = m.group().toLowerCase(Locale.ROOT).matches("(?s).*(?:geschäfts|fiskal).*");
            Period p = fiscal ? currentYear(date, yem).minusYears(1) : Period.year(date.year() - 1, FiscalCalendar.CALENDAR);
            if (claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), p, PeriodMention.Basis.NONE));
        }
    }

    private static final Pattern FISCAL_YEAR_ENDING = Pattern.compile(
        "(?:this|the|its|the current)\\s+fiscal year\\s+(?:that\\s+|which\\s+)?(?:end(?:s|ing)|runs through|closing)\\s+(?:in\\s+)?(?:late\\s+|early\\s+)?\\p{L}+(?!\\s*\\d)"
        + "|(?:das|dem|im)\\s+(?:laufenden\\s+)?geschäftsjahr,?\\s+(?:das|bis)\\s+(?:im|ende)\\s+\\p{L}+(?:\\s+endet)?", F);
    private static final Pattern MONTH_QUARTER = Pattern.compile("\\b(march|june|september|sept\\.?|december)[- ]quarter\\b", F);

    /** "the September quarter", "the December quarter": the quarter ending in that month nearest the article's date. */
    private void monthQuarters(List<PeriodMention> out, boolean[] taken, String s, PublicationDate date, int yem) {
        Matcher m = MONTH_QUARTER.matcher(s);
        while (m.find()) {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int month = w.startsWith("mar") ? 3 : w.startsWith("jun") ? 6 : w.startsWith("sep") ? 9 : 12;
            int now = date.year() * 12 + date.month() - 1;
            int best = Integer.MAX_VALUE;
            int year = date.year();
            for (int y = date.year() - 1; y <= date.year() + 1; y++) {
                int d = Math.abs(y * 12 + month - 1 - now);
                if (d < best) { best = d; year = y; }
            }
            if (yem != FiscalCalendar.CALENDAR && (month - yem) % 3 != 0) continue;
            if (claim(taken, m.start(), m.end())) {
                out.add(new PeriodMention(m.start(), m.end(), Period.quarterEndingIn(year, month, yem), PeriodMention.Basis.NONE));
            }
        }
    }

    private void relative(List<PeriodMention> out, boolean[] taken, String s, Pattern p, Period period) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (claim(taken, m.start(), m.end())) out.add(new PeriodMention(m.start(), m.end(), period, PeriodMention.Basis.NONE));
        }
    }

    private static boolean claim(boolean[] taken, int begin, int end) {
        for (int i = begin; i < end; i++) if (taken[i]) return false;
        for (int i = begin; i < end; i++) taken[i] = true;
        return true;
    }

    private static int fullYear(String text) {
        String t = text.replace("'", "");
        int y = Integer.parseInt(t);
        return t.length() <= 2 ? 2000 + y : y;
    }
}
