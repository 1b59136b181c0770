package org.claimgraph.claim.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.Language;

/**
 * Joins neighbouring numbers: ranges ("37 bis 40 Milliarden", "zwischen 41 und 43,5", "$41 billion
 * to $43.5 billion", "37–40 Prozent") become one candidate with two ends; from–to pairs ("von 475
 * auf 510 Dollar", "from 475 to 510") stay two, the first PREVIOUS; lists ("sieben bzw. 5,7
 * Milliarden Dollar", "12 and 15 percent") stay two. In all three the later number lends its scale
 * and unit to an earlier one that has none, because German and English both say them once.
 */
final class Combiner {

    private static final Set<String> LIST = Set.of("bzw", "beziehungsweise", "respectively", "und", "and",
            "oder", "or", ",", "sowie", "resp");
    private static final Set<String> DASH = Set.of("-", "–", "—", "‒");

    private Combiner() {
    }

    static List<Candidate> combine(List<Tok> toks, List<Candidate> in, Language lang) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (int k = 0; k < in.size(); k++) {
            Candidate a = in.get(k);
            Candidate b = k + 1 < in.size() ? in.get(k + 1) : null;
            if (b == null || !numeric(a) || !numeric(b) || a.vague || b.vague) {
                out.add(a);
                continue;
            }
            Link link = link(toks, a, b);
            if (link == Link.RANGE && compatible(a, b)) {
                out.add(range(toks, a, b));
                k++;
            } else if (link == Link.PAIR && compatible(a, b)) {
                lend(b, a);
                a.role = QuantityRole.PREVIOUS;
                a.linked = true;
                b.linked = true;
                out.add(a);
            } else {
                if (link == Link.LIST && compatible(a, b)) {
                    b.listPrevious = a;
                    a.linked = true;
                    b.linked = true;
                }
                out.add(a);
            }
        }
        // lists lend right to left so that "10, 12 und 15 Prozent" reaches the 10
        for (int k = out.size() - 1; k >= 0; k--) {
            Candidate b = out.get(k);
            if (b.listPrevious != null) lend(b, b.listPrevious);
        }
        return out;
    }

    private enum Link { RANGE, PAIR, LIST, NONE }

    private static Link link(List<Tok> toks, Candidate a, Candidate b) {
        int gap = b.start - a.end;
        String before = a.start > 0 ? toks.get(a.start - 1).lower() : "";
        if (gap == 1) {
            Tok c = toks.get(a.end);
            String w = c.lower();
            if (DASH.contains(w)) {
                // a glued "37-40" or a spaced "37 – 40"; a lone spaced hyphen is more often a parenthesis
                boolean glued = !c.spaceBefore() && !toks.get(b.start).spaceBefore();
                return glued || !w.equals("-") ? Link.RANGE : Link.NONE;
            }
            if (w.equals("bis")) return Link.RANGE;
            if (w.equals("to")) {
                if (before.equals("from")) return Link.PAIR;
                // "rose 0.2% to 3.1%": a change, then the level reached; "$41 billion to $43.5 billion" is a range
                boolean moved = before.equals("by") || ChangeWords.direction(before) != 0;
                // "will grow 10% to 12%": after a verb's bare form a rising pair of percentages is a guided range
                boolean guided = BARE_MOVE.contains(before) && a.unit == org.claimgraph.claim.Unit.PERCENT && b.unit == org.claimgraph.claim.Unit.PERCENT
                    && !a.percentagePoints && a.value.compareTo(b.value) < 0;
                return moved && !guided && a.hasUnit() && b.hasUnit() ? Link.NONE : Link.RANGE;
            }
            if (w.equals("auf") && before.equals("von")) return Link.PAIR;
            if ((w.equals("und") || w.equals("and")) && (before.equals("zwischen") || before.equals("between"))) {
                return Link.RANGE;
            }
            if (LIST.contains(w)) return Link.LIST;
        }
        if (gap == 2 && toks.get(a.end).is("bzw") && toks.get(a.end + 1).is(".")) return Link.LIST;
        if (gap == 2 && toks.get(a.end).is(",") && LIST.contains(toks.get(a.end + 1).lower())) return Link.LIST;
        return Link.NONE;
    }

    private static boolean numeric(Candidate c) {
        return c.kind == QuantityKind.AMOUNT || c.kind == QuantityKind.PERCENT;
    }

    /** units must agree where both have one; a counted noun does not go with money or percent */
    private static boolean compatible(Candidate a, Candidate b) {
        if (a.countNoun != null) return !b.hasUnit();
        if (a.hasUnit() && b.hasUnit()) return a.unit == b.unit || a.cent || b.cent;
        return true;
    }

    /**
     * the later number's scale and unit go to the earlier one that says neither; a number of a thousand or
     * more is whole already ("von 230.000 auf eine Million"), so it takes no scale
     */
    static void lend(Candidate from, Candidate to) {
        if (!to.scaled && from.scaled && to.value.abs().compareTo(THOUSAND) < 0) {
            to.value = to.value.multiply(from.scaleFactor);
            to.scaleFactor = from.scaleFactor;
            to.scaled = true;
        }
        if (!to.hasUnit() && from.hasUnit()) {
            to.unit = from.unit;
            to.percentagePoints = from.percentagePoints;
            to.cent = from.cent;
            to.foreignCurrency = from.foreignCurrency;
            to.perShare = from.perShare;
            to.value = to.value.multiply(from.unitFactor);
            to.unitFactor = from.unitFactor;
        }
        // "neun und 6,5 Millionen Geräte": the noun is said once as well
        if (to.countNoun == null && !to.hasUnit()) to.countNoun = from.countNoun;
    }

    private static final java.util.Set<String> BARE_MOVE = java.util.Set.of("grow", "rise", "increase", "climb", "expand", "decline", "fall", "drop", "shrink");

    private static final java.math.BigDecimal THOUSAND = java.math.BigDecimal.valueOf(1000);

    private static Candidate range(List<Tok> toks, Candidate a, Candidate b) {
        lend(b, a);
        a.upperValue = b.value;
        a.perShare |= b.perShare;
        if (a.countNoun == null) a.countNoun = b.countNoun;
        if (a.hedge == null) a.hedge = b.hedge;
        if (a.start > 0) {
            String before = toks.get(a.start - 1).lower();
            if (before.equals("zwischen") || before.equals("between")) a.start--;
        }
        a.end = b.end;
        a.numEnd = b.numEnd;
        a.linked = true;
        return a;
    }
}
