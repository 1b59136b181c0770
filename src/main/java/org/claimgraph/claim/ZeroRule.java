package org.claimgraph.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.entity.Entity;

/** "keinerlei Umsatz mit KI", "no revenue from AI", "zero profit": a figure of 0 with no unit. */
public final class ZeroRule {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NEGATION = Pattern.compile("\\b(?:keinerlei|keine[nmrs]?|kein|no|zero|null)\\s+(?:\\p{L}+\\s+)?$", F);

    private final SubjectResolver subjects = new SubjectResolver();
    private final PeriodResolver periods = new PeriodResolver();
    private final ModalityDetector modalities = new ModalityDetector();
    private final SpeakerDetector speakers = new SpeakerDetector();
    private final SegmentDetector segments = new SegmentDetector();
    private final FiscalCalendar fiscal;

    public ZeroRule(FiscalCalendar fiscal) {
        this.fiscal = fiscal;
    }

    /** "Mit Threads erzielte Meta keinerlei Umsatz": a zero is almost always said of a product, not of a whole company. */
    private static Entity namedProduct(SentenceView view) {
        return view.mentions().stream().map(org.claimgraph.entity.Mention::entity).filter(e -> e.type().isProduct()).findFirst().orElse(null);
    }

    public List<QuantitativeClaim> apply(SentenceView view, DocumentContext doc) {
        List<QuantitativeClaim> out = new ArrayList<>();
        for (MetricCue cue : view.cues()) {
            if (!cue.namesMetric() || cue.change() || cue.metric() == Metric.SHARE_PRICE) continue;
            String before = view.text().substring(Math.max(0, cue.begin() - 25), cue.begin());
            Matcher m = NEGATION.matcher(before);
            if (!m.find()) continue;
            Entity subject = namedProduct(view);
            if (subject == null) subject = subjects.resolve(view, cue.begin(), cue.metric(), null, doc);
            if (subject == null) continue;
            int yem = fiscal.yearEndMonth(subject.slug());
            Period period = periods.find(view.text(), view.date(), yem).stream()
                .filter(p -> !p.isBasis()).map(PeriodMention::period).findFirst().orElse(doc.reportingPeriod(yem));
            Modality modality = modalities.detect(view.text(), view.language(), cue.begin(), cue.end(), period, view.date());
            Entity speaker = speakers.detect(view.text(), view.mentions(), cue.begin(), subject);
            String segment = segments.detect(view.text(), cue.begin(), cue.end(), subject);
            Provenance prov = new Provenance(view.evidence(), speaker, modality, "quantity.zero", 0.7);
            out.add(new QuantitativeClaim(subject, cue.metric(), false, BigDecimal.ZERO, null, null, null, null,
                period == null ? null : period.lexical(), segment, prov));
        }
        return out;
    }
}
