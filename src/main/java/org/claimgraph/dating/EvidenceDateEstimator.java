package org.claimgraph.dating;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.claimgraph.claim.FiscalCalendar;
import org.claimgraph.entity.Catalogue;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.TextDocument;

/**
 * Dates an article from its own evidence. A date in the URL is taken as it is. Otherwise every
 * signal is a lower bound on the publication date, and the estimate is the earliest date consistent
 * with all of them: the latest bound, as precise as the evidence that set it. Only anchors (dates in
 * the text, finished reporting periods, placed months) make an estimate; entity bounds alone never
 * do, since an article may be written any time after the entities it names appeared; nor does a
 * bound more than a year after every anchor, which leaves no anchor near the publication.
 * Immutable and thread-safe; configured by {@link #builder()}.
 */
public final class EvidenceDateEstimator implements DateEstimator {

    private static final double BOUND_CONFIDENCE = 0.3;
    /** Months a bound may lie after the latest anchor and still be taken as the estimate. */
    private static final int MAX_BOUND_AFTER_ANCHOR = 12;

    private final List<DateCues> cues;

    private EvidenceDateEstimator(Builder b) {
        EntityBounds bounds = new EntityBounds(b.availableSince);
        this.cues = List.of(new UrlDates(), new TextDates(), new ReportingPeriods(b.fiscal), bounds, new MonthMentions(bounds));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<DateEstimate> estimate(TextDocument document, List<Mention> mentions) {
        List<DateSignal> signals = new ArrayList<>();
        for (DateCues c : cues) signals.addAll(c.find(document, mentions));
        Optional<DateSignal> url = signals.stream().filter(s -> s.kind() == DateSignal.Kind.URL).findFirst();
        if (url.isPresent()) return Optional.of(estimate(url.get(), url.get().confidence()));
        if (signals.stream().noneMatch(s -> s.kind() == DateSignal.Kind.ANCHOR)) return Optional.empty();
        DateSignal latest = signals.get(0);
        DateSignal latestAnchor = null;
        for (DateSignal s : signals) {
            if (s.laterThan(latest)) latest = s;
            if (s.kind() == DateSignal.Kind.ANCHOR && (latestAnchor == null || s.laterThan(latestAnchor))) latestAnchor = s;
        }
        // anchors are near publication; a bound long after all of them leaves nothing near it to date by
        if (latest.monthIndex() - latestAnchor.monthIndex() > MAX_BOUND_AFTER_ANCHOR) return Optional.empty();
        double confidence = latest.kind() == DateSignal.Kind.ANCHOR ? latest.confidence() : BOUND_CONFIDENCE;
        return Optional.of(estimate(latest, confidence));
    }

    /** The method names the evidence that set the date: the other signals only allowed it. */
    private static DateEstimate estimate(DateSignal decisive, double confidence) {
        String method = decisive.description() + String.format(Locale.ROOT, " (confidence %.2f)", confidence);
        return new DateEstimate(decisive.date(), method, confidence);
    }

    public static final class Builder {
        private Function<String, Optional<YearMonth>> availableSince = slug -> Optional.empty();
        private FiscalCalendar fiscal = FiscalCalendar.loadDefault();

        /** First appearances of entities, from the catalogue's {@code cg:availableSince}. */
        public Builder catalogue(Catalogue catalogue) {
            Objects.requireNonNull(catalogue, "catalogue");
            this.availableSince = catalogue::availableSince;
            return this;
        }

        /** Whose fiscal year ends when, to date an article by a fiscal period it reports. */
        public Builder fiscalCalendar(FiscalCalendar calendar) {
            this.fiscal = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        public EvidenceDateEstimator build() {
            return new EvidenceDateEstimator(this);
        }
    }
}
