package org.claimgraph.claim;

import org.claimgraph.ingest.PublicationDate;

/**
 * A reporting period: a (fiscal) year, half year, quarter, a month or a day. Fiscal periods of a
 * company whose year does not end in December are written with "FY" ("FY2025-Q1", "FY2025-H1", "FY2025").
 *
 * @param yearEndMonth month in which the fiscal year ends (12 = calendar year)
 * @param quarter      1-4 for a quarter, 1-2 for a half year, or 0 for a whole year / month / day
 */
public record Period(Granularity granularity, int year, int quarter, int month, int day, int yearEndMonth) {

    public enum Granularity { YEAR, HALF, QUARTER, MONTH, DAY }

    public static Period year(int fiscalYear, int yearEndMonth) {
        return new Period(Granularity.YEAR, fiscalYear, 0, 0, 0, yearEndMonth);
    }

    public static Period quarter(int fiscalYear, int quarter, int yearEndMonth) {
        if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("quarter " + quarter);
        return new Period(Granularity.QUARTER, fiscalYear, quarter, 0, 0, yearEndMonth);
    }

    public static Period half(int fiscalYear, int half, int yearEndMonth) {
        if (half < 1 || half > 2) throw new IllegalArgumentException("half " + half);
        return new Period(Granularity.HALF, fiscalYear, half, 0, 0, yearEndMonth);
    }

    public static Period day(PublicationDate date) {
        return new Period(Granularity.DAY, date.year(), 0, date.month(), date.day(), FiscalCalendar.CALENDAR);
    }

    public static Period month(int year, int month) {
        return new Period(Granularity.MONTH, year, 0, month, 0, FiscalCalendar.CALENDAR);
    }

    /** The fiscal quarter that ends in the given calendar month/year, for a fiscal year ending in {@code yearEndMonth}. */
    public static Period quarterEndingIn(int calendarYear, int endMonth, int yearEndMonth) {
        int fiscalYear = endMonth <= yearEndMonth ? calendarYear : calendarYear + 1;
        int offset = ((yearEndMonth - endMonth) % 12 + 12) % 12;
        return quarter(fiscalYear, 4 - offset / 3, yearEndMonth);
    }

    public boolean isFiscal() {
        return yearEndMonth != FiscalCalendar.CALENDAR
            && (granularity == Granularity.YEAR || granularity == Granularity.HALF || granularity == Granularity.QUARTER);
    }

    /** Calendar year and month (year*12 + month-1) in which the period ends. */
    public int endMonthIndex() {
        return switch (granularity) {
            case YEAR -> year * 12 + yearEndMonth - 1;
            case HALF -> year * 12 + yearEndMonth - 1 - 6 * (2 - quarter);
            case QUARTER -> year * 12 + yearEndMonth - 1 - 3 * (4 - quarter);
            case MONTH, DAY -> year * 12 + month - 1;
        };
    }

    /** True when the period was over before the given date (a quarter ending in the article's month is not). */
    public boolean endedBefore(PublicationDate date) {
        if (date == null) return true;
        if (granularity == Granularity.DAY && date.hasDay()) {
            return year * 10000 + month * 100 + day < date.year() * 10000 + date.month() * 100 + date.day();
        }
        int dateIndex = date.year() * 12 + (date.hasMonth() ? date.month() - 1 : 11);
        return endMonthIndex() < dateIndex;
    }

    public Period minusYears(int years) {
        return new Period(granularity, year - years, quarter, month, day, yearEndMonth);
    }

    public Period previousQuarter() {
        if (granularity != Granularity.QUARTER) return minusYears(1);
        return quarter == 1 ? quarter(year - 1, 4, yearEndMonth) : quarter(year, quarter - 1, yearEndMonth);
    }

    public Period nextQuarter() {
        if (granularity != Granularity.QUARTER) return minusYears(-1);
        return quarter == 4 ? quarter(year + 1, 1, yearEndMonth) : quarter(year, quarter + 1, yearEndMonth);
    }

    /** The same period re-read for a company with another fiscal calendar (a calendar quarter stays a calendar quarter). */
    public Period withYearEndMonth(int newYearEndMonth) {
        // a half year named in the text keeps the calendar it was named in: halves rarely line up across calendars
        if (newYearEndMonth == yearEndMonth || granularity == Granularity.MONTH || granularity == Granularity.DAY
            || granularity == Granularity.HALF) return this;
        if (granularity == Granularity.QUARTER) {
            int idx = endMonthIndex();
            return quarterEndingIn(idx / 12, idx % 12 + 1, newYearEndMonth);
        }
        return year(year, newYearEndMonth);
    }

    /** "2024", "2024-Q2", "2024-H1", "FY2025", "FY2025-Q1", "2024-07", "2024-07-31". */
    public String lexical() {
        String fy = isFiscal() ? "FY" : "";
        return switch (granularity) {
            case YEAR -> fy + year;
            case HALF -> fy + year + "-H" + quarter;
            case QUARTER -> fy + year + "-Q" + quarter;
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public String toString() {
        return lexical();
    }
}
