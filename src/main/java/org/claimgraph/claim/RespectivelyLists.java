package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.claim.quantity.QuantityMention;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;

/**
 * "Umsatz und Gewinn stiegen um 12 beziehungsweise 15 Prozent", "revenue and profit grew 12% and
 * 15%, respectively": the figures of such a list take the metrics named before them, in order.
 */
public final class RespectivelyLists {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern JOINER = Pattern.compile("\\s*(?:,|beziehungsweise|bzw\\.|respektive|resp\\.|und|and|or|oder)\\s*", F);
    private static final Pattern RESPECTIVELY = Pattern.compile("beziehungsweise|bzw\\.|respektive|respectively", F);

    /** Groups of two or more consecutive figures joined as a "respectively" list. */
    public List<List<QuantityMention>> groups(SentenceView view) {
        List<List<QuantityMention>> out = new ArrayList<>();
        List<QuantityMention> qs = view.quantities();
        int i = 0;
        while (i < qs.size()) {
            List<QuantityMention> group = new ArrayList<>(List.of(qs.get(i)));
            boolean respectively = false;
            int j = i + 1;
            while (j < qs.size()) {
                String between = view.text().substring(group.get(group.size() - 1).end(), qs.get(j).begin());
                if (!JOINER.matcher(between).matches()) break;
                respectively |= RESPECTIVELY.matcher(between).find();
                group.add(qs.get(j));
                j++;
            }
            if (group.size() > 1) {
                String tail = view.text().substring(group.get(group.size() - 1).end());
                respectively |= RESPECTIVELY.matcher(tail.substring(0, Math.min(tail.length(), 45))).find();
            }
            if (group.size() > 1 && respectively) out.add(group);
            i = j;
        }
        return out;
    }

    private static final Pattern ENTITY_JOINER = Pattern.compile("\\s*(?:,|und|and|sowie|or|oder|,\\s*und|,\\s*and)\\s*", F);

    /**
     * "Instagram und Facebook haben 2 beziehungsweise 3 Milliarden …", "Net income at Microsoft and
     * Alphabet was … respectively": the last run of {@code n} names joined by "und/and" before the
     * figures, in order; empty when there is no such run.
     */
    public List<Mention> subjectsBefore(SentenceView view, int offset, int n) {
        List<Mention> before = view.mentions().stream()
            .filter(m -> m.end() <= offset && m.entity().type() != EntityType.PERSON).toList();
        for (int end = before.size(); end >= n; end--) {
            List<Mention> run = before.subList(end - n, end);
            boolean joined = true;
            for (int i = 1; i < run.size() && joined; i++) {
                int from = run.get(i - 1).end(), to = run.get(i).begin();
                joined = from <= to && ENTITY_JOINER.matcher(view.text().substring(from, to)).matches();
            }
            if (joined && run.stream().map(m -> m.entity().slug()).distinct().count() == n) return run;
        }
        return List.of();
    }

    /**
     * The last {@code n} distinct metrics named before {@code offset}, in text order; fewer when the
     * text names fewer. Counts take only frequency words ("täglichen und monatlichen Nutzer").
     */
    public List<Metric> metricsBefore(SentenceView view, int offset, int n, boolean counts) {
        Set<Metric> seen = new LinkedHashSet<>();
        List<MetricCue> cues = view.cues();
        for (int k = cues.size() - 1; k >= 0 && seen.size() < n; k--) {
            MetricCue c = cues.get(k);
            if (c.end() > offset || !c.namesMetric()) continue;
            boolean frequency = c.metric() == Metric.DAILY_ACTIVE_USERS || c.metric() == Metric.WEEKLY_ACTIVE_USERS
                || c.metric() == Metric.MONTHLY_ACTIVE_USERS;
            if (counts ? frequency : !c.metric().isCount()) seen.add(c.metric());
        }
        List<Metric> ordered = new ArrayList<>(seen);
        java.util.Collections.reverse(ordered);
        return ordered;
    }

    /**
     * "100 beziehungsweise 400 Millionen tägliche und monatliche Nutzer": the {@code n} frequency words
     * right after the last figure of a count list, in order; empty unless there are exactly {@code n}.
     */
    public List<Metric> frequenciesAfter(SentenceView view, int offset, int n) {
        List<Metric> out = new ArrayList<>();
        for (MetricCue c : view.cues()) {
            boolean frequency = c.metric() == Metric.DAILY_ACTIVE_USERS || c.metric() == Metric.WEEKLY_ACTIVE_USERS
                || c.metric() == Metric.MONTHLY_ACTIVE_USERS;
            if (!frequency || c.begin() < offset || c.begin() - offset > 60 || view.clauseBoundaryBetween(offset, c.begin())) continue;
            if (!out.contains(c.metric())) out.add(c.metric());
        }
        return out.size() == n ? out : List.of();
    }
}
