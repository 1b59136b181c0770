package org.claimgraph.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.claim.quantity.QuantityMention;
import org.claimgraph.claim.quantity.QuantityRole;
import org.claimgraph.entity.Entity;

/**
 * Dates one figure: the period named closest to it in its sentence, else the article's reporting
 * period (for the article's company and its products), with comparison bases ("Vorjahresquartal",
 * "a year ago") dating the earlier figure of a pair, and trading days for share prices.
 */
final class FigurePeriods {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TRADING_DAY = Pattern.compile(
        "nachbörslich|vorbörslich|im (?:(?:frühen|späten|außerbörslichen)\\s+|xetra-)?handel|handelsverlauf|after[- ]hours|extended trading|late trading|premarket|pre-market|im handel|handelsschluss|closing at|schloss|closed at|\\btoday\\b|\\bheute\\b", F);

    private final PeriodResolver periods = new PeriodResolver();
    private final FiscalCalendar fiscal;

    FigurePeriods(FiscalCalendar fiscal) {
        this.fiscal = fiscal;
    }

    /** A product's figures are reported in its maker's fiscal calendar: the article's main company. */
    int yearEndMonth(Entity subject, DocumentContext doc) {
        if (fiscal.knows(subject.slug()) || subject.type() == org.claimgraph.entity.EntityType.ORGANIZATION || doc.mainOrganization() == null) {
            return fiscal.yearEndMonth(subject.slug());
        }
        return fiscal.yearEndMonth(doc.mainOrganization().slug());
    }

    /** The period of figure {@code q} about {@code subject}, or null when neither the sentence nor the article dates it. */
    Period of(SentenceView view, DocumentContext doc, QuantityMention q, MetricChoice choice, Entity subject) {
        int yem = yearEndMonth(subject, doc);
        List<PeriodMention> found = periods.find(view.text(), view.date(), yem);
        // "has lost nearly $70 billion since 2020", "insgesamt 60 Milliarden": a running total has no period of its own
        if (RUNNING_TOTAL.matcher(view.text().substring(q.end())).lookingAt()) return null;
        PeriodMention nearestOwn = nearest(found, q, false, view.text());
        // "reach 700 million, up from 500 million at the end of March": the time after an earlier figure is that figure's
        PeriodMention after = q.role() == QuantityRole.PREVIOUS ? timeRightAfter(view, q, found) : null;
        // "…by the end of the year, down from 99,000 at the end of 2024": an earlier figure takes the time right after it
        PeriodMention own = after != null ? after
            : nearestOwn != null && q.role() != QuantityRole.PREVIOUS && datesEarlierFigure(view, q, nearestOwn) ? null : nearestOwn;
        Period current = own != null ? own.period() : null;
        if (own != null && !own.period().isFiscal() && yem != FiscalCalendar.CALENDAR
            && own.period().granularity() == Period.Granularity.QUARTER) current = own.period().withYearEndMonth(yem);
        Metric m = choice.metric();
        // "have gained a quarter since January": where a move starts does not date it
        boolean since = own != null && SINCE_START.matcher(view.text().substring(own.begin())).lookingAt();
        if (m == Metric.SHARE_PRICE || m == Metric.MARKET_CAPITALIZATION) return tradingDay(view, since ? null : current);
        boolean explicit = current != null;
        // "in den kommenden drei Jahren", "over the next five years": a span of years, not the quarter reported on
        if (!explicit && YEARS_AHEAD.matcher(view.text()).find()) return null;
        // a headcount is a state, not a quarter's result: only an explicit period dates it
        if (!explicit && m == Metric.EMPLOYEES && !choice.change()) return null;
        Period outlook = explicit ? null : doc.outlookPeriod(yem);
        if (outlook != null && ModalityDetector.forwardLooking(view.text(), view.language())) current = outlook;
        else if (!explicit && !presentOutlook(view)) current = doc.reportingPeriod(yem); // in results news the other names are mostly the company's units and products
        PeriodMention basis = nearest(found, q, true, view.text());
        // "A year ago the app had 200 million users": with no period for the present, a year before the article's month
        Period present = current;
        if (present == null && basis != null && basis.basis() == PeriodMention.Basis.YEAR_AGO
            && view.date() != null && view.date().hasMonth()) {
            present = Period.month(view.date().year(), view.date().month());
        }
        if (q.role() == QuantityRole.PREVIOUS) {
            if (PREVIOUSLY.matcher(view.text()).find()) return current; // "up from $85 billion previously": an earlier figure for the same period
            // "$1.05 vs. $1.01 expected": an expectation compared with is for the same period
            if (EXPECTED_AFTER.matcher(view.text().substring(q.end())).find()) return current;
            // "down from roughly 99,500 at the end of 2024": the earlier figure names its own time
            if (explicit && own.begin() >= q.end() && own.begin() - q.end() <= 25 && !view.clauseBoundaryBetween(q.end(), own.begin())
                && view.quantities().stream().noneMatch(o -> o != q && o.begin() >= q.end() && o.end() <= own.begin())) return current;
            // "That's up from the 400 million users Meta reported in August": the sentence's only figure owns its only time
            if (explicit && view.quantities().size() == 1 && found.stream().filter(p -> !p.isBasis()).count() == 1) return current;
            // "erhöhte die geplanten Investitionen für dieses Jahr von 75 auf 85 Milliarden": a revised outlook, same period
            if (explicit && basis == null && view.date() != null && !current.endedBefore(view.date())
                && ModalityDetector.forwardLooking(view.text(), view.language())) return current;
            if (basis != null) return basis.applyTo(present);
            return current == null ? null : current.minusYears(1);
        }
        // "im Jahresvergleich", "year over year" compare; they never date the level they stand beside
        boolean comparingBasis = basis != null && COMPARING.matcher(view.text().substring(basis.begin(), basis.end())).find();
        // "triple the $395mn it made a year earlier": a relative clause of the figure carries its own basis, whatever the sentence's period
        if (q.role() == QuantityRole.VALUE && basis != null && !comparingBasis && basis.begin() >= q.end()
            && RELATIVE_GAP.matcher(view.text().substring(q.end(), basis.begin())).matches()) return basis.applyTo(present);
        if (q.role() == QuantityRole.VALUE && basis != null && !explicit && !comparingBasis) {
            // "3,46 Dollar (Vorjahr: 2,94 Dollar)": a labelled basis dates the figure after its colon
            boolean labelled = view.text().startsWith(":", basis.end());
            boolean rightAfter = basis.begin() >= q.end() && basis.begin() - q.end() <= 3 && !labelled;
            // "von 2,1 Milliarden vor Jahresfrist auf 3,4 Milliarden": a basis right after another figure dates that one
            boolean afterOtherFigure = view.quantities().stream()
                .anyMatch(o -> o != q && o.end() <= basis.begin() && basis.begin() - o.end() <= 3);
            boolean locativeBefore = basis.end() <= q.begin() && !afterOtherFigure && isLocative(view.text(), basis)
                && !view.clauseBoundaryBetween(basis.end(), q.begin());
            // "etwas weniger als im Vorquartal mit 7,7 Mrd. Euro": the basis names the figure that follows with "mit"
            boolean withFigure = basis.end() <= q.begin() && WITH.matcher(view.text().substring(basis.end(), q.begin())).matches();
            if (rightAfter || locativeBefore || withFigure) return basis.applyTo(present);
        }
        return current;
    }

    private static final java.util.regex.Pattern RELATIVE_GAP = java.util.regex.Pattern.compile(
        "\\s+(?:that\\s+|which\\s+)?(?:it|they|the company|the group|the firm)\\s+(?:had\\s+)?(?:made|reported|posted|earned|generated|recorded|booked|had|spent|lost)\\s+(?:in\\s+)?(?:the\\s+)?",
        java.util.regex.Pattern.CASE_INSENSITIVE);

    private static boolean datesEarlierFigure(SentenceView view, QuantityMention q, PeriodMention p) {
        return view.quantities().stream().anyMatch(o -> o != q && o.role() == QuantityRole.PREVIOUS && o.end() <= p.begin()
            && p.begin() - o.end() <= 25 && !(q.begin() >= o.end() && q.end() <= p.begin()));
    }

    private static PeriodMention timeRightAfter(SentenceView view, QuantityMention q, List<PeriodMention> found) {
        for (PeriodMention p : found) {
            if (!p.isBasis() && p.begin() >= q.end() && p.begin() - q.end() <= 25 && !view.clauseBoundaryBetween(q.end(), p.begin())
                && view.quantities().stream().noneMatch(o -> o != q && o.begin() >= q.end() && o.end() <= p.begin())) return p;
        }
        return null;
    }

    /** A price move "nachbörslich"/"after hours" happened on the article's day; "on Thursday" on the Thursday before it. */
    private static Period tradingDay(SentenceView view, Period explicit) {
        if (explicit != null && explicit.granularity() == Period.Granularity.DAY) return explicit;
        // "crossed $4 trillion in market value in July": a month named for the move dates it
        if (explicit != null && explicit.granularity() == Period.Granularity.MONTH) return explicit;
        if (view.date() == null || !view.date().hasDay()) return null;
        java.time.LocalDate day = java.time.LocalDate.of(view.date().year(), view.date().month(), view.date().day());
        Matcher wd = WEEKDAY.matcher(view.text());
        if (wd.find()) {
            java.time.DayOfWeek dow = weekday(wd.group().toLowerCase(java.util.Locale.ROOT));
            while (day.getDayOfWeek() != dow) day = day.minusDays(1);
            return Period.day(new org.claimgraph.ingest.PublicationDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        }
        return TRADING_DAY.matcher(view.text()).find() ? Period.day(view.date()) : null;
    }

    private static java.time.DayOfWeek weekday(String w) {
        String[][] names = {{"monday", "montag"}, {"tuesday", "dienstag"}, {"wednesday", "mittwoch"}, {"thursday", "donnerstag"},
            {"friday", "freitag"}, {"saturday", "samstag"}, {"sunday", "sonntag"}};
        for (int i = 0; i < names.length; i++) if (w.equals(names[i][0]) || w.equals(names[i][1])) return java.time.DayOfWeek.of(i + 1);
        throw new IllegalArgumentException(w);
    }

    private static final Pattern PAST_TENSE = Pattern.compile(
        "\\b(?:hatte[n]?|had|war(?:en)?|was|were|wurde[n]?|stieg\\p{L}*|fiel\\p{L}*|erzielt\\p{L}*|verbucht\\p{L}*)\\b", F);

    /**
     * "Meta plant Investitionen zwischen 60 und 65 Milliarden Dollar": a plan or forecast in the
     * present tense with no period of its own is about what lies ahead, not the quarter reported on.
     */
    private static boolean presentOutlook(SentenceView view) {
        return view.date() != null && ModalityDetector.planOrForecast(view.text(), view.language())
            && !PAST_TENSE.matcher(view.text()).find();
    }

    private static final Pattern YEARS_AHEAD = Pattern.compile(
        "\\b(?:in den|über die|während der|in the|over the|for the)\\s+(?:kommenden|nächsten|folgenden|next|coming|following)\\s+(?:\\p{L}+|\\d+)\\s+(?:jahren|jahre|years)\\b", F);
    private static final Pattern WITH = Pattern.compile("\\s*(?:mit|with)\\s*", F);
    private static final Pattern WEEKDAY = Pattern.compile(
        "\\b(?:monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag)\\b", F);
    private static final Pattern PREVIOUSLY = Pattern.compile("\\bpreviously\\b|(?<!jahr |jahre |quartal |monat |monate )\\bzuvor\\b|\\bbislang\\b|\\bbisher\\b|earlier forecast|prior forecast|previous (?:forecast|guidance|estimate)"
        // "raised its 2025 capex forecast to $85 billion from $75 billion": the earlier figure is the earlier forecast
        + "|\\b(?:rais|lift|boost|increas|lower|cut|trimm|narrow|reduc)\\p{L}*\\s+(?:[\\p{L}\\d]+[-\\s]+){0,5}?(?:forecast|outlook|guidance|target|projection)s?\\b", F);
    private static final Pattern EXPECTED_AFTER = Pattern.compile("^\\s*(?:billion|million|trillion|bn)?\\s*(?:expected|estimated)\\b(?!\\s+(?:to|by|that)\\b)", F);
    private static final Pattern COMPARING = Pattern.compile("vergleich|gegenüber|compared|versus|\\bvs\\b|\\bfrom\\b|\\bvon\\b|\\bthan\\b|\\bals\\b|\\bover\\b|\\bup\\b|\\bdown\\b|\\bplus\\b|\\bminus\\b", F);

    /** "Im Vorjahresquartal lag er bei …", "In the year-ago quarter it was …" — not "im Vergleich zum Vorjahresquartal". */
    private static boolean isLocative(String sentence, PeriodMention basis) {
        return !COMPARING.matcher(sentence.substring(Math.max(0, basis.begin() - 22), basis.begin())).find();
    }

    private static final Pattern SINCE_START = Pattern.compile("(?:since|seit)\\b", F);
    private static final Pattern RUNNING_TOTAL = Pattern.compile(
        "\\s*(?:in total|in all|cumulatively|altogether|insgesamt|since\\s+(?:(?:late|early|mid|the start of|the end of|the beginning of)[- ]\\s*)?(?:\\p{L}+\\s+)?(?:20|19)\\d\\d|seit\\s+(?:(?:ende|anfang|mitte)\\s+)?(?:\\p{L}+\\s+)?(?:20|19)\\d\\d)\\b", F);
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?:\\bsince|\\bseit)\\s+(?:the\\s+|dem\\s+|der\\s+)?(?:end of\\s+|ende\\s+)?$", F);

    private static final Pattern COMPARISON_BEFORE = Pattern.compile(
        "(?:\\bals\\b|\\bwie\\b|\\bthan\\b|\\bas\\b|compared (?:with|to)|gegenüber|verglichen mit|\\bvs\\.?)\\s+(?:\\p{L}+\\s+){0,2}$", F);

    /** The period mention closest to the figure (bases or ordinary ones). "… as in 2025" dates the comparison, not the figure. */
    private static PeriodMention nearest(List<PeriodMention> found, QuantityMention q, boolean basis, String sentence) {
        PeriodMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PeriodMention p : found) {
            if (p.isBasis() != basis) continue;
            if (!basis && COMPARISON_BEFORE.matcher(sentence.substring(Math.max(0, p.begin() - 30), p.begin())).find()) continue;
            // "the fastest pace since 2022", "der höchste Wert seit 2021": where a span starts, not when the figure is
            if (!basis && SINCE_BEFORE.matcher(sentence.substring(Math.max(0, p.begin() - 25), p.begin())).find()) continue;
            int d = p.end() <= q.begin() ? q.begin() - p.end() : Math.max(0, p.begin() - q.end());
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

}
