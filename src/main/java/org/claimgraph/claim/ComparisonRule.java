package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.claim.quantity.QuantityKind;
import org.claimgraph.claim.quantity.QuantityMention;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;

/**
 * "fast zehnmal mehr GPUs für A als für B", "halb so viele Nutzer wie B", "twice as many users as B":
 * a comparative claim about A relative to B, for the metric of the counted noun.
 */
public final class ComparisonRule {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern COMPLEMENT = Pattern.compile("\\b(?:als|wie|than|that of|those of|as|compared (?:to|with))\\b", F);
    private static final MetricLexicon LEXICON = new MetricLexicon();

    private final ModalityDetector modalities = new ModalityDetector();
    private final SpeakerDetector speakers = new SpeakerDetector();

    public List<ComparativeClaim> apply(SentenceView view, DocumentContext doc) {
        List<ComparativeClaim> out = new ArrayList<>();
        for (QuantityMention q : view.quantities()) {
            if (q.kind() != QuantityKind.RATIO || q.value() == null) continue;
            Matcher cm = COMPLEMENT.matcher(view.text());
            cm.region(q.end(), view.text().length());
            if (!cm.find()) continue;
            int complementAt = cm.start();
            Mention about = parallel(view, cm.end(), complementAt);
            if (about == null) about = aboutMention(view, q, complementAt);
            Entity other = comparedTo(view, cm.end(), about);
            if (about == null || other == null || other.slug().equals(about.entity().slug())) continue;
            Metric metric = metric(view, q, complementAt);
            if (metric == null) continue; // a ratio of nothing named is no claim
            Modality modality = modalities.detect(view.text(), view.language(), q.begin(), q.end(), null, view.date());
            Entity speaker = speakers.detect(view.text(), view.mentions(), q.begin(), about.entity());
            Provenance prov = new Provenance(view.evidence(), speaker, modality, "comparison.ratio", 0.75);
            out.add(new ComparativeClaim(about.entity(), metric, q.value(), other, q.approximation(), prov));
        }
        return out;
    }

    private static final Pattern PREPOSITION_AFTER = Pattern.compile("^\\s+(für|for|bei|in|an|mit|with)\\s", F);

    /** "Für GPT-5 … fünfmal mehr GPUs … als für GPT-4": the name after the same preposition before "als" is A. */
    private static Mention parallel(SentenceView view, int complementEnd, int complementAt) {
        Matcher p = PREPOSITION_AFTER.matcher(view.text().substring(complementEnd));
        if (!p.find()) return null;
        Pattern same = Pattern.compile("\\b" + Pattern.quote(p.group(1)) + "\\s+(?:(?:den|dem|die|das|der|the)\\s+)?$", F);
        for (Mention m : view.mentions()) {
            if (m.end() > complementAt || m.entity().type() == EntityType.PERSON) continue;
            if (same.matcher(view.text().substring(Math.max(0, m.begin() - 12), m.begin())).find()) return m;
        }
        return null;
    }

    /** A between the ratio and "als/than" ("zehnmal mehr GPUs für Llama 4 als …"), else the nearest before the ratio. */
    private static Mention aboutMention(SentenceView view, QuantityMention q, int complementAt) {
        Mention between = null, before = null;
        for (Mention m : view.mentions()) {
            if (m.entity().type() == EntityType.PERSON) continue;
            if (m.begin() >= q.end() && m.end() <= complementAt && between == null) between = m;
            if (m.end() <= q.begin() && !isModifier(view, m)) before = m;
        }
        return between != null ? between : before;
    }

    private static boolean isModifier(SentenceView view, Mention m) {
        return view.text().substring(m.end()).matches("(?s)^-\\p{L}+.*") && !view.text().substring(m.end()).startsWith("-Aktie");
    }

    /** B: the first entity after "als/wie/than", else another entity of A's type named in the sentence. */
    private static Entity comparedTo(SentenceView view, int after, Mention about) {
        if (about == null) return null;
        for (Mention m : view.mentions()) {
            if (m.begin() >= after && m.begin() - after < 60 && m.entity().type() != EntityType.PERSON) return m.entity();
        }
        for (Mention m : view.mentions()) {
            if (m.begin() >= after && m.entity().type() == EntityType.PERSON) {
                // "wie Musks Kurznachrichtendienst": the person's service, if the sentence names one of A's kind
                for (Mention o : view.mentions()) {
                    if (o != about && !o.entity().slug().equals(about.entity().slug()) && o.entity().type() == about.entity().type())
                        return o.entity();
                }
            }
        }
        return null;
    }

    private static Metric metric(SentenceView view, QuantityMention q, int complementAt) {
        if (q.countNoun() != null) {
            Metric m = LEXICON.cues(q.countNoun()).stream().filter(MetricCue::namesMetric).map(MetricCue::metric).findFirst().orElse(null);
            if (m != null) return refineUsers(view, m);
        }
        for (MetricCue c : view.cues()) {
            if (c.namesMetric() && c.begin() >= q.end() && c.begin() <= complementAt) return refineUsers(view, c.metric());
        }
        MetricCue before = null;
        for (MetricCue c : view.cues()) {
            if (c.namesMetric() && c.end() <= q.begin() && !view.clauseBoundaryBetween(c.end(), q.begin())) before = c;
        }
        return before == null ? null : refineUsers(view, before.metric());
    }

    private static Metric refineUsers(SentenceView view, Metric m) {
        if (m != Metric.USERS) return m;
        for (MetricCue c : view.cues()) {
            if (c.metric() == Metric.MONTHLY_ACTIVE_USERS || c.metric() == Metric.DAILY_ACTIVE_USERS || c.metric() == Metric.WEEKLY_ACTIVE_USERS)
                return c.metric();
        }
        return m;
    }
}
