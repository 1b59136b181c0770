package org.claimgraph.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.claim.quantity.QuantityKind;
import org.claimgraph.claim.quantity.QuantityMention;
import org.claimgraph.claim.quantity.QuantityRole;
import org.claimgraph.entity.Entity;

/** Turns the figures of a sentence into quantitative claims. */
public final class QuantitativeRule {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TRADING_DAY = Pattern.compile(
        "nachbörslich|vorbörslich|after[- ]hours|extended trading|late trading|premarket|pre-market|im handel|handelsschluss|closing at|schloss|closed at|\\btoday\\b|\\bheute\\b", F);

    private final MetricSelector metrics = new MetricSelector();
    private final SubjectResolver subjects = new SubjectResolver();
    private final PeriodResolver periods = new PeriodResolver();
    private final ModalityDetector modalities = new ModalityDetector();
    private final SpeakerDetector speakers = new SpeakerDetector();
    private final SegmentDetector segments = new SegmentDetector();
    private final RespectivelyLists lists = new RespectivelyLists();
    private final FiscalCalendar fiscal;

    public QuantitativeRule(FiscalCalendar fiscal) {
        this.fiscal = fiscal;
    }

    public List<QuantitativeClaim> apply(SentenceView view, DocumentContext doc) {
        Map<QuantityMention, MetricChoice> choices = new HashMap<>();
        for (QuantityMention q : view.quantities()) {
            if (q.kind() == QuantityKind.RATIO) continue;
            MetricChoice c = metrics.choose(view, q);
            if (c != null) choices.put(q, c);
        }
        distributeRespectively(view, choices);

        List<QuantitativeClaim> out = new ArrayList<>();
        Entity sentenceSubject = null;
        QuantitativeClaim previousValue = null;
        for (QuantityMention q : view.quantities()) {
            MetricChoice choice = choices.get(q);
            if (choice == null) continue;
            Entity subject = subjects.resolve(view, q.begin(), choice.metric(), sentenceSubject, doc);
            if (subject == null) continue;
            sentenceSubject = subject;
            QuantitativeClaim claim = build(view, doc, q, choice, subject, previousValue);
            out.add(claim);
            if (q.role() != QuantityRole.CHANGE) previousValue = claim;
        }
        return withUnitsCompleted(view, out);
    }

    private void distributeRespectively(SentenceView view, Map<QuantityMention, MetricChoice> choices) {
        for (List<QuantityMention> group : lists.groups(view)) {
            List<Metric> named = lists.metricsBefore(view, group.get(0).begin(), group.size());
            if (named.size() != group.size()) continue;
            MetricChoice lead = choices.get(group.get(0));
            boolean change = lead != null && lead.change();
            int sign = lead != null ? lead.sign() : 1;
            for (int i = 0; i < group.size(); i++) {
                choices.put(group.get(i), new MetricChoice(named.get(i), change, sign, "respectively"));
            }
        }
    }

    private QuantitativeClaim build(SentenceView view, DocumentContext doc, QuantityMention q, MetricChoice choice,
                                    Entity subject, QuantitativeClaim previousValue) {
        int yem = fiscal.yearEndMonth(subject.slug());
        Period period = period(view, doc, q, choice, yem);
        Modality modality = modalities.detect(view.text(), view.language(), q.begin(), q.end(), period, view.date());
        Entity speaker = speakers.detect(view.text(), view.mentions(), q.begin(), subject);
        if (speaker != null && speaker.slug().equals(subject.slug()) && modality == Modality.ESTIMATE) speaker = null;
        BigDecimal sign = BigDecimal.valueOf(choice.sign());
        BigDecimal value = signed(q.value(), sign), lower = signed(q.lower(), sign), upper = signed(q.upper(), sign);
        if (choice.sign() < 0 && (lower != null || upper != null)) {
            BigDecimal t = lower; lower = upper; upper = t; // −[a, b] = [−b, −a]
        }
        String segment = segments.detect(view.text(), q.begin(), q.end(), subject);
        double confidence = confidence(choice, subject, view);
        Provenance prov = new Provenance(view.evidence(), speaker, modality, "quantity." + choice.rule(), confidence);
        Unit unit = choice.metric().isCount() && !choice.change() ? null : q.unit();
        if (choice.metric().isCount() && choice.change() && q.kind() == QuantityKind.AMOUNT) unit = null;
        return new QuantitativeClaim(subject, choice.metric(), choice.change(), value, lower, upper, unit,
            q.approximation(), period == null ? null : period.lexical(), segment, prov);
    }

    private Period period(SentenceView view, DocumentContext doc, QuantityMention q, MetricChoice choice, int yem) {
        List<PeriodMention> found = periods.find(view.text(), view.date(), yem);
        PeriodMention own = nearest(found, q, false);
        Period current = own != null ? own.period() : null;
        if (own != null && !own.period().isFiscal() && yem != FiscalCalendar.CALENDAR
            && own.period().granularity() == Period.Granularity.QUARTER) current = own.period().withYearEndMonth(yem);
        boolean sharePrice = choice.metric() == Metric.SHARE_PRICE || choice.metric() == Metric.MARKET_CAPITALIZATION;
        if (current == null && sharePrice) {
            return view.date() != null && view.date().hasDay() && TRADING_DAY.matcher(view.text()).find()
                ? Period.day(view.date()) : null;
        }
        if (current == null) current = doc.reportingPeriod(yem);
        if (q.role() == QuantityRole.PREVIOUS) {
            PeriodMention basis = nearest(found, q, true);
            if (basis != null) return basis.applyTo(current);
            return current == null ? null : current.minusYears(1);
        }
        if (q.role() == QuantityRole.VALUE) {
            PeriodMention basis = nearest(found, q, true);
            if (basis != null && basis.begin() >= q.end() && basis.begin() - q.end() <= 3) return basis.applyTo(current);
        }
        return current;
    }

    /** The period mention closest to the figure (bases or ordinary ones). */
    private static PeriodMention nearest(List<PeriodMention> found, QuantityMention q, boolean basis) {
        PeriodMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PeriodMention p : found) {
            if (p.isBasis() != basis) continue;
            int d = p.end() <= q.begin() ? q.begin() - p.end() : Math.max(0, p.begin() - q.end());
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    private static BigDecimal signed(BigDecimal v, BigDecimal sign) {
        if (v == null) return null;
        return sign.signum() < 0 && v.signum() > 0 ? v.negate() : v;
    }

    private static double confidence(MetricChoice choice, Entity subject, SentenceView view) {
        double c = switch (choice.rule()) {
            case "counted-noun", "per-share" -> 0.9;
            case "respectively" -> 0.8;
            default -> 0.75;
        };
        boolean subjectInSentence = view.mentions().stream().anyMatch(m -> m.entity().slug().equals(subject.slug()));
        return subjectInSentence ? c : c - 0.15;
    }

    /** "von 475 auf 510 Dollar": the earlier figure of a pair takes the unit of the later one. */
    private static List<QuantitativeClaim> withUnitsCompleted(SentenceView view, List<QuantitativeClaim> claims) {
        List<QuantitativeClaim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            QuantitativeClaim c = claims.get(i);
            if (c.unit() == null && !c.metric().isCount() && i + 1 < claims.size() && claims.get(i + 1).unit() != null
                && claims.get(i + 1).metric() == c.metric()) {
                QuantitativeClaim n = claims.get(i + 1);
                c = new QuantitativeClaim(c.about(), c.metric(), c.change(), c.value(), c.lower(), c.upper(), n.unit(),
                    c.approximation(), c.period(), c.segment(), c.provenance());
            }
            out.add(c);
        }
        return out;
    }
}
