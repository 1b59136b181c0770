package org.claimgraph.dating;

import org.claimgraph.ingest.PublicationDate;

/**
 * One piece of dating evidence: the article was published in or after the given month (and day).
 * An {@code ANCHOR} is also near the publication (a date in the URL or text, a just-finished
 * reporting period); a {@code BOUND} only says "not before" (the first appearance of an entity).
 *
 * @param monthIndex  year * 12 + month - 1 of the earliest possible publication
 * @param day         day of month when the evidence names one, else 0
 * @param description what the evidence is, for the estimate's method
 */
record DateSignal(Kind kind, int monthIndex, int day, String description, double confidence) {

    enum Kind { URL, ANCHOR, BOUND }

    static int index(int year, int month) {
        return year * 12 + month - 1;
    }

    static DateSignal month(Kind kind, int monthIndex, String description, double confidence) {
        return new DateSignal(kind, monthIndex, 0, description, confidence);
    }

    static DateSignal day(Kind kind, int year, int month, int day, String description, double confidence) {
        return new DateSignal(kind, index(year, month), day, description, confidence);
    }

    int year() {
        return Math.floorDiv(monthIndex, 12);
    }

    int month() {
        return Math.floorMod(monthIndex, 12) + 1;
    }

    /** The earliest publication this evidence allows, as precise as it is. */
    PublicationDate date() {
        return new PublicationDate(year(), month(), day);
    }

    /** Later evidence is the stronger lower bound; on the same month a named day is more precise. */
    boolean laterThan(DateSignal other) {
        if (monthIndex != other.monthIndex) return monthIndex > other.monthIndex;
        return day > other.day;
    }
}
