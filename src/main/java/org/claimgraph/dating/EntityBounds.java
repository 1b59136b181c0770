package org.claimgraph.dating;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.TextDocument;

/**
 * Lower bounds from the entities an article names: it cannot be older than the first appearance of
 * any of them (a product launched in July 2023 is not written about in June). Never an anchor: the
 * article may be years younger than every entity it names.
 */
final class EntityBounds implements DateCues {

    private final Function<String, Optional<YearMonth>> availableSince;

    /** @param availableSince the first appearance of an entity by slug, e.g. {@code catalogue::availableSince} */
    EntityBounds(Function<String, Optional<YearMonth>> availableSince) {
        this.availableSince = availableSince;
    }

    @Override
    public List<DateSignal> find(TextDocument document, List<Mention> mentions) {
        Map<String, YearMonth> bySlug = new TreeMap<>();
        for (Mention m : mentions) availableSince.apply(m.entity().slug()).ifPresent(ym -> bySlug.put(m.entity().slug(), ym));
        List<DateSignal> out = new ArrayList<>();
        bySlug.forEach((slug, ym) -> out.add(DateSignal.month(DateSignal.Kind.BOUND, index(ym),
            "first appearance of " + slug + " " + ym, 0.3)));
        return out;
    }

    /** The latest first appearance among the entities of the given mentions, or null when none is known. */
    Bound latest(List<Mention> mentions) {
        Bound best = null;
        for (Mention m : mentions) {
            Entity e = m.entity();
            Optional<YearMonth> ym = availableSince.apply(e.slug());
            if (ym.isPresent() && (best == null || index(ym.get()) > best.monthIndex())) best = new Bound(e.slug(), index(ym.get()));
        }
        return best;
    }

    static int index(YearMonth ym) {
        return DateSignal.index(ym.getYear(), ym.getMonthValue());
    }

    /** The entity that bounds, and its first month (year * 12 + month - 1). */
    record Bound(String slug, int monthIndex) {
    }
}
