package org.claimgraph.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.PublicationDate;

/**
 * What the claim rules remember while reading an article front to back: the organisation the
 * article is mainly about, the subject of the last figure, the reporting period last named, and the
 * last user metric per subject (so "gained 30 million users" continues "130 million monthly users").
 * Mutable on purpose: one instance per document, never shared.
 */
public final class DocumentContext {

    private final PublicationDate date;
    private final Entity mainOrganization;
    private Entity lastSubject;
    private Entity lastOrganization;
    private Period reportingPeriod;
    private Period outlookPeriod;
    private final Map<String, Metric> lastUserMetric = new HashMap<>();
    private Metric previousSentenceMetric;
    private boolean previousSentenceStock;
    private boolean previousSentenceGrowth;
    private final java.util.Set<String> businessUnits = new java.util.HashSet<>();

    public DocumentContext(PublicationDate date, List<Mention> mentions) {
        this.date = date;
        this.mainOrganization = mostMentionedOrganization(mentions);
    }

    /**
     * The organisation an article is about: the first one it names, if it names it again; else the
     * one named most often (early mentions weigh double).
     */
    private static Entity mostMentionedOrganization(List<Mention> mentions) {
        Entity first = mentions.stream().map(Mention::entity).filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElse(null);
        if (first != null && mentions.stream().filter(m -> m.entity().slug().equals(first.slug()) && !"coreference".equals(m.method())).count() >= 2) {
            return first;
        }
        return mostMentioned(mentions);
    }

    private static Entity mostMentioned(List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Entity> bySlug = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Entity e = mentions.get(i).entity();
            if (e.type() != EntityType.ORGANIZATION) continue;
            // an early mention weighs more: the headline and lead say what the article is about
            int weight = i < 3 ? 2 : 1;
            counts.merge(e.slug(), weight, Integer::sum);
            bySlug.putIfAbsent(e.slug(), e);
            first.putIfAbsent(e.slug(), i);
        }
        return counts.entrySet().stream()
            .max((a, b) -> a.getValue().equals(b.getValue())
                ? Integer.compare(first.get(b.getKey()), first.get(a.getKey()))
                : Integer.compare(a.getValue(), b.getValue()))
            .map(e -> bySlug.get(e.getKey())).orElse(null);
    }

    public PublicationDate date() {
        return date;
    }

    public Entity mainOrganization() {
        return mainOrganization;
    }

    public Entity lastSubject() {
        return lastSubject;
    }

    public void noteSubject(Entity subject) {
        this.lastSubject = subject;
        if (subject != null && subject.type() == EntityType.ORGANIZATION) this.lastOrganization = subject;
    }

    /** The organisation the last figure about an organisation was about: a product's maker is usually the one before it. */
    public Entity lastOrganization() {
        return lastOrganization;
    }

    /** The reporting period last named, re-read in the fiscal calendar of the company at hand. */
    public Period reportingPeriod(int yearEndMonth) {
        return reportingPeriod == null ? null : reportingPeriod.withYearEndMonth(yearEndMonth);
    }

    public void noteReportingPeriod(Period period) {
        if (period != null && (period.granularity() == Period.Granularity.QUARTER || reportingPeriod == null)) {
            this.reportingPeriod = period;
        }
    }

    /**
     * The last money metric the previous sentence named (by a figure or a word), or null: "Die
     * Investitionen steigen. Die sollen sich auf 37 bis 40 Milliarden belaufen." continues it.
     */
    public Metric previousSentenceMetric() {
        return previousSentenceMetric;
    }

    public void notePreviousSentence(List<MetricCue> cues, List<QuantitativeClaim> figures) {
        Metric last = null;
        for (MetricCue c : cues) {
            if (c.namesMetric() && !c.metric().isCount() && c.metric() != Metric.SHARE_PRICE) last = c.metric();
        }
        for (QuantitativeClaim c : figures) {
            if (c.unit() != null && c.unit().isCurrency()) last = c.metric();
        }
        // "Das Wachstum der Werbesparte lag bei 14 Prozent …": a growth with no metric word still names revenue
        for (QuantitativeClaim c : figures) {
            if (last == null && c.change() && c.unit() == Unit.PERCENT && c.metric() == Metric.REVENUE) last = c.metric();
        }
        previousSentenceMetric = last;
        previousSentenceStock = figures.stream().anyMatch(c -> c.metric() == Metric.SHARE_PRICE);
        previousSentenceGrowth = figures.stream().anyMatch(c -> c.change() && c.unit() == Unit.PERCENT && c.metric() == Metric.REVENUE);
    }

    /** Whether the sentence before reported a share price or its move. */
    public boolean previousSentenceStock() {
        return previousSentenceStock;
    }

    /** Whether the previous sentence reported a revenue growth in percent. */
    public boolean previousSentenceGrowth() {
        return previousSentenceGrowth;
    }

    /** The period of the outlook the sentences before are giving, re-read in the company's fiscal calendar; or null. */
    public Period outlookPeriod(int yearEndMonth) {
        return outlookPeriod == null ? null : outlookPeriod.withYearEndMonth(yearEndMonth);
    }

    public void noteOutlookPeriod(Period period) {
        this.outlookPeriod = period;
    }

    public Metric lastUserMetric(Entity subject) {
        return lastUserMetric.get(subject.slug());
    }

    public void noteUserMetric(Entity subject, Metric metric) {
        lastUserMetric.put(subject.slug(), metric);
    }

    /** Remembers that the text introduced {@code unit} as a part of another business ("Meta's Reality Labs"). */
    public void noteBusinessUnit(Entity unit) {
        businessUnits.add(unit.slug());
    }

    public boolean isBusinessUnit(Entity entity) {
        return businessUnits.contains(entity.slug());
    }
}
