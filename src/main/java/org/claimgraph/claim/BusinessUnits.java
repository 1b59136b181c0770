package org.claimgraph.claim;

import java.util.regex.Pattern;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;

/**
 * Recognises a named part of a business from how the text introduces it: "Meta's Reality Labs",
 * "Reality Labs, its metaverse unit", "die Sparte Reality Labs", "the unit lost …". A part of a
 * business has no net income of its own: the profit or loss reported for it is its operating result.
 */
final class BusinessUnits {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String UNIT = "(?:[\\p{L}-]*sparte|(?:geschäfts)?bereich|unit|division|segment|arm)";
    /** "die Sparte Reality Labs", "its hardware unit Reality Labs" right before the name. */
    private static final Pattern UNIT_BEFORE = Pattern.compile("\\b" + UNIT + "\\s+$", F);
    /** "Reality Labs, its metaverse unit", "Reality Labs, die Metaverse-Sparte von Meta". */
    private static final Pattern UNIT_AFTER = Pattern.compile(
        "^,\\s+(?:its|the company's|the company’s|\\p{Lu}[\\p{L}.]*(?:'s|’s)|die|der|das|seine|ihre)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + UNIT + "\\b", F);
    /** "The unit has lost …", "Der Bereich verbuchte …": the sentence speaks of a part it does not name. */
    private static final Pattern UNIT_REFERENCE = Pattern.compile(
        "\\b(?:the|this|that|its|der|die|diese[rs]?|seine|ihre)\\s+(?:[\\p{L}-]+\\s+)?" + UNIT + "\\b", F);
    /** "Meta's Reality Labs", "Metas Reality Labs": an organisation of an organisation. */
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:'s|’s|')\\s+$");
    /** Words that name the net result itself: those keep it. */
    private static final Pattern NET = Pattern.compile(
        "net income|net (?:profit|loss)|\\p{L}*nettogewinn|\\p{L}*nettoverlust|reingewinn|überschuss|unter dem strich|bottom line", F);

    private BusinessUnits() {}

    /** True when the text around {@code m} introduces its organisation as part of another. */
    static boolean introduces(SentenceView view, Mention m) {
        if (m.entity().type() != EntityType.ORGANIZATION) return false;
        String text = view.text();
        if (UNIT_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 30), m.begin())).find()) return true;
        if (UNIT_AFTER.matcher(text.substring(m.end())).find()) return true;
        for (Mention owner : view.mentions()) {
            if (owner.entity().type() == EntityType.ORGANIZATION && !owner.entity().slug().equals(m.entity().slug())
                && owner.end() <= m.begin() && possessive(view, owner, text.substring(owner.end(), m.begin()))) return true;
        }
        return false;
    }

    /** "Meta's …", and in German "Metas …" (the genitive s inside the name's surface). */
    private static boolean possessive(SentenceView view, Mention owner, String between) {
        return POSSESSIVE.matcher(between).matches() || view.language() == org.claimgraph.ingest.Language.DE
            && between.equals(" ") && owner.surface().endsWith("s");
    }

    /** The income metric of a figure about {@code subject}: a part of a business reports an operating result. */
    static Metric incomeOf(Metric metric, SentenceView view, Entity subject, DocumentContext doc) {
        if (metric != Metric.NET_INCOME || NET.matcher(view.text()).find()) return metric;
        boolean named = view.mentions().stream().anyMatch(m -> m.entity().slug().equals(subject.slug()));
        // "Meta earned … The unit lost …" with no unit named: the company is no unit of itself
        boolean unit = doc.isBusinessUnit(subject) || !named && !subject.equals(doc.mainOrganization())
            && UNIT_REFERENCE.matcher(view.text()).find();
        return unit ? Metric.OPERATING_INCOME : metric;
    }
}
