package org.claimgraph.claim;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.claim.quantity.QuantityKind;
import org.claimgraph.claim.quantity.QuantityMention;
import org.claimgraph.claim.quantity.QuantityRole;

/**
 * Chooses the metric of a figure from the cues around it: the counted noun ("160.000 GPUs",
 * "200 Millionen Nutzer"), "per share", or the nearest metric word in the same clause
 * ("39 Milliarden Dollar Umsatz", "a net income of $6.3 billion"). A cue that another figure stands
 * between belongs to that figure. Percentages of a level metric are changes.
 */
public final class MetricSelector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DIVIDEND = Pattern.compile("dividend|dividende|ausschütt|ausschüttung|auszahl|payout", F);
    private static final MetricLexicon LEXICON = new MetricLexicon();

    /** The choice for figure {@code q}, or null when nothing around it says what it measures. */
    public MetricChoice choose(SentenceView view, QuantityMention q) {
        MetricCue loss = earlierLoss(view, q);
        if (loss != null) return new MetricChoice(loss.metric(), false, -1, "earlier-loss");
        MetricCue change = changeCueFor(view, q);
        boolean isChange = q.role() == QuantityRole.CHANGE || change != null;
        int sign = change != null ? change.sign() : 1;

        if (q.kind() == QuantityKind.PERCENT && companyMove(view, q, MOVE_BEFORE)) {
            return new MetricChoice(Metric.SHARE_PRICE, true, sign, "company-move");
        }
        if (isMoney(q) && !q.perShare() && companyMove(view, q, CLOSE_BEFORE)) return new MetricChoice(Metric.SHARE_PRICE, false, 1, "company-close");
        // "went public in March at $40 a share", "priced its IPO at $34 per share": the price a share sold at
        if (q.perShare() && isMoney(q) && q.kind() == QuantityKind.AMOUNT
            && (OFFER_PRICE.matcher(view.text().substring(Math.max(0, q.begin() - 60), q.begin())).find()
                || LISTING_AFTER.matcher(view.text().substring(q.end())).lookingAt())) {
            return new MetricChoice(Metric.SHARE_PRICE, false, 1, "offer-price");
        }
        if ((q.perShare() || perShareSentence(view, q)) && isMoney(q)) {
            Metric m = DIVIDEND.matcher(view.text()).find() ? Metric.DIVIDEND_PER_SHARE : Metric.EARNINGS_PER_SHARE;
            return new MetricChoice(m, isChange && q.kind() == QuantityKind.PERCENT, sign, "per-share");
        }
        if (q.countNoun() != null && q.unit() == null) {
            Metric counted = countedMetric(view, q);
            // "two people familiar with the matter", "drei Manager": a handful of people is not a figure
            if (counted != null && !isChange && counted.isCount() && counted != Metric.GPU_COUNT && counted != Metric.GPU_SHIPMENTS
                && q.representative().compareTo(java.math.BigDecimal.valueOf(100)) < 0) return null;
            if (counted != null) return new MetricChoice(counted, isChange, sign, "counted-noun");
        }
        MetricCue cue = nearestMetricCue(view, q);
        if (cue == null && change != null && GROWTH.matcher(change.word()).matches() && q.kind() == QuantityKind.PERCENT) {
            // "das Wachstum der Werbesparte lag mit 14 Prozent …": a business's growth is its revenue growth
            return new MetricChoice(Metric.REVENUE, true, sign, "growth");
        }
        if (cue == null && isMoney(q) && q.role() != QuantityRole.CHANGE && grewTo(view, q)) {
            // "die Cloudsparte wuchs um 19 Prozent auf 28,8 Milliarden Dollar": the level a business grew to is its revenue
            return new MetricChoice(Metric.REVENUE, false, 1, "growth");
        }
        if (cue == null) return null;
        Metric metric = cue.metric();
        if (metric == Metric.USERS) metric = frequencyBefore(view, cue, metric);
        if (metric == Metric.REVENUE && runRateInClause(view, q)) metric = Metric.REVENUE_RUN_RATE;
        // "would ship 20 million Blackwell GPUs": GPUs shipped, whether or not the noun follows the number
        if (metric == Metric.GPU_COUNT && SHIPPED.matcher(view.text()).find()) metric = Metric.GPU_SHIPMENTS;
        if (metric.isCount() && isMoney(q)) return null;
        // "$15 billion more than it had projected, sending its shares down 11%": no share costs a million
        if (metric == Metric.SHARE_PRICE && isMoney(q) && q.representative() != null
            && q.representative().abs().compareTo(java.math.BigDecimal.valueOf(1_000_000)) >= 0) return null;
        // "Apple's share rose 1 percentage point to 18%": a share price never moves in points; that is a market share
        if (metric == Metric.SHARE_PRICE && view.quantities().stream().anyMatch(QuantityMention::percentagePoints)) return null;
        if (!metric.isCount() && q.unit() == null && q.kind() == QuantityKind.AMOUNT && q.countNoun() == null
            && metric != Metric.SHARE_PRICE) {
            return null; // a bare number near a money word is not a money figure
        }
        // "die vier Konzerne … 300 Milliarden Dollar ausgeben": a number counting a noun that names no metric is no money figure
        if (!metric.isCount() && q.unit() == null && q.kind() == QuantityKind.AMOUNT && q.countNoun() != null
            && LEXICON.cues(q.countNoun()).stream().noneMatch(MetricCue::namesMetric)) return null;
        boolean percentLike = q.kind() == QuantityKind.PERCENT || q.kind() == QuantityKind.FRACTION;
        if (percentLike && metric != Metric.GROSS_MARGIN) isChange = true;
        if (metric == Metric.GROSS_MARGIN && q.percentagePoints() && !isChange) {
            // "lag bei 73,4 Prozent und damit 1,2 Prozentpunkte unter dem Vorjahreswert": points are a change of the margin
            isChange = true;
            if (BELOW.matcher(view.text().substring(q.end())).lookingAt()) sign = -1;
        }
        if (!isChange && cue.change()) isChange = true;
        if (cue.sign() < 0 && !isChange) sign = -1; // a loss
        if (cue.change() && cue.sign() < 0) sign = -1;
        return new MetricChoice(metric, isChange, sign, isChange ? "metric-change" : "metric-word");
    }

    /**
     * "Die Zahl der wöchentlichen Nutzerinnen und Nutzer … auf 700 Millionen", "the number of daily
     * active users … was 3.4 billion": the frequency word in front of the user noun refines it.
     */
    private static Metric frequencyBefore(SentenceView view, MetricCue users, Metric metric) {
        for (MetricCue c : view.cues()) {
            boolean frequency = c.metric() == Metric.DAILY_ACTIVE_USERS || c.metric() == Metric.WEEKLY_ACTIVE_USERS
                || c.metric() == Metric.MONTHLY_ACTIVE_USERS;
            if (frequency && c.end() <= users.begin() && users.begin() - c.end() <= 40
                && !view.text().substring(c.end(), users.begin()).matches("(?s).*[,;:.].*")) metric = c.metric();
        }
        return metric;
    }

    private static final Pattern MOVE_BEFORE = Pattern.compile(
        "\\s(?:rose|fell|slipped|gained|added|dropped|jumped|climbed|declined|slid|sank|tumbled|soared|surged|advanced|lost|rallied"
        + "|edged (?:up|down|higher|lower)|(?:was|were|closed|ended) (?:up|down|higher|lower))\\s+(?:about |roughly |nearly |almost |more than |some )?$", F);

    /** "Nvidia closed at $207.04", "Apple ended the day at $269.70": a company's closing price is its stock's. */
    private static final Pattern CLOSE_BEFORE = Pattern.compile(
        "\\s(?:closed|ended|opened|finished|settled|traded)\\s+(?:[\\p{L}-]+\\s+){0,3}?at\\s+(?:a\\s+(?:record\\s+)?(?:high|low|close)\\s+of\\s+)?$", F);

    /**
     * "while Alphabet rose 2.5%", "Microsoft slipped 2.9 per cent": a company that itself rises or
     * falls by a percentage is its stock; its revenue or profit would have been named.
     */
    private static boolean companyMove(SentenceView view, QuantityMention q, Pattern verbs) {
        java.util.regex.Matcher m = verbs.matcher(view.text().substring(0, q.begin()));
        if (!m.find()) return false;
        int verb = m.start();
        return view.mentions().stream().anyMatch(e -> e.entity().type() == org.claimgraph.entity.EntityType.ORGANIZATION && e.end() == verb);
    }

    /** "Aufs Jahr hochgerechnet liegt der Umsatz bei …": the run-rate word qualifies the revenue of its clause. */
    private static boolean runRateInClause(SentenceView view, QuantityMention q) {
        return view.cues().stream().anyMatch(c -> c.metric() == Metric.REVENUE_RUN_RATE
            && !view.clauseBoundaryBetween(Math.min(c.begin(), q.begin()), Math.max(c.begin(), q.begin()))
            && !otherFigureBetween(view, q, Math.min(c.end(), q.end()), Math.max(c.begin(), q.begin()), true));
    }

    private static final Pattern PER_SHARE = Pattern.compile("\\b(?:je|pro) aktie\\b|\\b(?:per|a) share\\b|\\bje anteilsschein\\b", F);

    /**
     * "Je Aktie verdiente Amazon 1,68 Dollar, Analysten hatten 1,33 Dollar erwartet": a small money
     * amount with no scale word in a sentence about the per-share figure is one.
     */
    private static boolean perShareSentence(SentenceView view, QuantityMention q) {
        return q.kind() == QuantityKind.AMOUNT && q.representative() != null
            && q.representative().abs().compareTo(java.math.BigDecimal.valueOf(1000)) < 0
            && PER_SHARE.matcher(view.text()).find();
    }

    /** True when the words say the figure is a change ("um 5 Prozent", "ein Plus von", "up 4%"). */
    public boolean isChange(SentenceView view, QuantityMention q) {
        return q.role() == QuantityRole.CHANGE || changeCueFor(view, q) != null;
    }

    static boolean isMoney(QuantityMention q) {
        return q.unit() != null && q.unit().isCurrency();
    }

    private static final Pattern OFFER_PRICE = Pattern.compile(
        "\\b(?:went public|go(?:es|ing)? public|ipo|initial public offering|priced|debut(?:ed|s)?|listed|listing|b[öo]rsengang|ausgabepreis|emissionspreis)\\b[^.;]{0,45}\\b(?:at|zu|für|von)\\s+(?:about |roughly |je )?$", F);
    /** "ging zu 51 Dollar je Aktie an die Börse": the German listing verb follows the price */
    private static final Pattern LISTING_AFTER = Pattern.compile("[^.;,]{0,25}\\ban die börse\\b", F);
    private static final Pattern BELOW = Pattern.compile("\\s*(?:unter|niedriger|weniger|below|lower|less)\\b", F);
    private static final Pattern GREW_TO = Pattern.compile("\\s*(?:(?:um|by)\\s+)?(?:\\S+\\s*(?:prozent|%|percent)\\s+)?(?:auf|to)\\s*", F);

    /** A growth verb of the same clause before the money figure, with only "(um X Prozent) auf" between. */
    private static boolean grewTo(SentenceView view, QuantityMention q) {
        for (MetricCue c : view.cues()) {
            if (!c.change() || c.namesMetric() || c.end() > q.begin() || !GROWTH.matcher(c.word()).matches()) continue;
            if (c.word().toLowerCase(Locale.ROOT).contains("wachstum") || view.clauseBoundaryBetween(c.end(), q.begin())) continue;
            String between = view.text().substring(c.end(), q.begin()).replaceAll("\\s+", " ");
            // "wuchs im vierten Quartal um 19 Prozent auf": a time phrase may stand between
            between = between.replaceAll("(?i)^\\s*(?:im|in the|in)\\s+(?:\\p{L}+\\s+){0,2}?(?:quartal|vierteljahr|quarter|jahr|year|geschäftsjahr)\\s*(?:\\d{4})?", " ");
            if (GREW_TO.matcher(between).matches()) return true;
        }
        return false;
    }

    /**
     * "900 Millionen wöchentlich aktive Nutzer, davon 25 Millionen zahlende Abonnenten": a frequency word
     * right after an earlier figure counts that one, not a later figure with a noun of its own.
     */
    private static boolean countedByEarlierFigure(SentenceView view, QuantityMention q, MetricCue c) {
        return view.quantities().stream().anyMatch(o -> o != q && o.end() <= c.begin() && c.begin() - o.end() <= 3);
    }

    private static Metric countedMetric(SentenceView view, QuantityMention q) {
        List<MetricCue> own = LEXICON.cues(q.countNoun());
        Metric base = own.stream().filter(MetricCue::namesMetric).map(MetricCue::metric).findFirst().orElse(null);
        if (base == null) return null;
        if (base == Metric.GPU_COUNT && SHIPPED.matcher(view.text()).find()) return Metric.GPU_SHIPMENTS;
        if (base == Metric.USERS && PEOPLE.matcher(q.countNoun()).matches() && EMPLOYS.matcher(view.text()).find()) {
            return Metric.EMPLOYEES; // "beschäftigte 187.400 Menschen", "employed 1.5 million people"
        }
        if (base == Metric.USERS) {
            // "täglich aktive Nutzer", "monthly active users", "jeden Tag … Nutzer": the frequency word nearby refines it
            MetricCue nearest = null;
            int best = 90;
            for (MetricCue c : view.cues()) {
                if (c.metric() == Metric.DAILY_ACTIVE_USERS || c.metric() == Metric.MONTHLY_ACTIVE_USERS
                    || c.metric() == Metric.WEEKLY_ACTIVE_USERS) {
                    // "469 million daily and 900 million monthly active users": the word right after the number counts most
                    int d = c.begin() >= q.begin() ? c.begin() - q.begin() : 2 * (q.begin() - c.begin());
                    if (c.begin() < q.begin() && countedByEarlierFigure(view, q, c)) continue;
                    if (d < best && !otherFigureBetween(view, q, Math.min(q.end(), c.begin()), Math.max(q.end(), c.begin()))) {
                        best = d;
                        nearest = c;
                    }
                }
            }
            if (nearest != null) return nearest.metric();
        }
        return base;
    }

    private static final Pattern SHIPPED = Pattern.compile("\\bship(?:ped|s|ping|ments?)?\\b|ausgeliefert|auslieferung\\p{L}*|lieferte\\p{L}*|\\bsold\\b|verkauft\\p{L}*|absatz", F);
    private static final Pattern PEOPLE = Pattern.compile("menschen|people|personen|leute|persons", F);
    private static final Pattern EMPLOYS = Pattern.compile("beschäftig(?:t|en|te)\\p{L}*|\\bemploy(?:s|ed|ing)?\\b|\\bhir(?:e|es|ed|ing)\\b|\\beinstellen\\b|\\bstellt\\p{L}* \\p{L}+ ein\\b|belegschaft|workforce|headcount|angestellt\\p{L}*|payroll", F);
    private static final Pattern GROWTH = Pattern.compile("\\p{L}*wachstum\\p{L}*|growth|wuchs|grew|gewachsen", F);

    /** Nouns of change ("Zuwachs von", "ein Plus von", "an increase of"): they make even an amount a change. */
    private static final Pattern CHANGE_NOUN = Pattern.compile(
        "\\p{L}*wachstum\\p{L}*|zuw[aä]chs\\p{L}*|anstieg\\p{L}*|steigerung\\p{L}*|plus|minus|rückgang\\p{L}*|einbruch\\p{L}*|wegfall\\p{L}*"
        + "|growth|increases?|gains?|declines?|decreases?|drops?|up|down|added|adding|gained|hir(?:e|es|ed|ing)|gewann|hinzu|verlor\\p{L}*|lost|shed|cut\\p{L}*|abbau|wip(?:ed|ing|es)|eras(?:ed|ing)", F);

    /**
     * The change word that governs the figure: right before it, or the head of "Zuwächse von …". A
     * verb ("stieg", "rose") makes a percentage a change but not an amount ("rose to $325").
     */
    private static MetricCue changeCueFor(SentenceView view, QuantityMention q) {
        if (q.role() == QuantityRole.PREVIOUS || q.role() == QuantityRole.VALUE && q.kind() == QuantityKind.AMOUNT
            && view.quantities().stream().anyMatch(o -> o.role() == QuantityRole.PREVIOUS)) return null; // "from 124,800 to 108,900"
        MetricCue best = null;
        boolean amount = q.kind() == QuantityKind.AMOUNT;
        for (MetricCue c : view.cues()) {
            if (!c.change() || c.namesMetric()) continue;
            if (amount && !CHANGE_NOUN.matcher(c.word()).matches() && !countChange(view, q, c) && !addedAfter(view, q, c)) continue;
            int gap = q.begin() - c.end();
            if (gap >= 0 && gap <= 25 && !otherFigureBetween(view, q, c.end(), q.begin())) best = c;
            else if (countChange(view, q, c) || addedAfter(view, q, c) || shareOfCountCut(view, q, c)) best = c;
            // "Das Wachstum von Azure erreichte zuletzt 27 Prozent": the growth noun heads the clause of the percentage
            else if (!amount && gap > 25 && gap <= 60 && c.word().toLowerCase(Locale.ROOT).endsWith("wachstum")
                && !view.clauseBoundaryBetween(c.end(), q.begin()) && !otherFigureBetween(view, q, c.end(), q.begin())) best = c;
        }
        return best;
    }

    private static final Pattern AFTER_MINUS = Pattern.compile("\\bnach (?:einem|dem) minus von\\s+(?:rund |etwa |knapp |gut |mehr als )?$", F);

    /** "einen Nettoverlust von 2,9 Mrd., nach einem Minus von 1,6 Mrd. im Vorjahr": the earlier loss, not a fall. */
    private static MetricCue earlierLoss(SentenceView view, QuantityMention q) {
        if (!isMoney(q) || !AFTER_MINUS.matcher(view.text().substring(Math.max(0, q.begin() - 40), q.begin())).find()) return null;
        MetricCue loss = null;
        for (MetricCue c : view.cues()) if (c.namesMetric() && c.sign() < 0 && !c.change() && c.end() <= q.begin()) loss = c;
        return loss;
    }

    /** "$1.2 trillion of its market value has been added", "2 Milliarden Euro Börsenwert wurden vernichtet". */
    private static boolean addedAfter(SentenceView view, QuantityMention q, MetricCue c) {
        String w = c.word().toLowerCase(Locale.ROOT);
        boolean verb = w.equals("added") || w.equals("gained") || w.equals("lost") || w.equals("hinzu") || w.startsWith("verlor")
            || w.equals("eingebüßt") || w.endsWith("büßte") || w.endsWith("büßten");
        return verb && c.begin() > q.end() && c.begin() - q.end() < 70 && !view.clauseBoundaryBetween(q.end(), c.begin())
            && !otherFigureBetween(view, q, q.end(), c.begin());
    }

    /** "gewann … 30 Millionen Nutzer hinzu", "gained 2 million users", "15.000 Stellen gestrichen": counts change with a gain/loss verb anywhere in the clause. */
    private static boolean countChange(SentenceView view, QuantityMention q, MetricCue c) {
        if (q.countNoun() == null || q.unit() != null) return false;
        // "cut 14,000 jobs …, and had 1.58 million employees": the cut took its own figure
        if (c.end() <= q.begin() && otherFigureBetween(view, q, c.end(), q.begin())) return false;
        return isGainOrLossVerb(c) && !view.clauseBoundaryBetween(c.begin(), q.begin()) && Math.abs(c.begin() - q.begin()) < 80;
    }

    /** "mehr als 20 Prozent seiner Belegschaft abbauen", "cut 10% of its workforce": a share of a count cut or added. */
    private static boolean shareOfCountCut(SentenceView view, QuantityMention q, MetricCue c) {
        return q.kind() == QuantityKind.PERCENT && c.begin() >= q.end() && c.begin() - q.end() < 80 && isGainOrLossVerb(c)
            && !view.clauseBoundaryBetween(q.end(), c.begin()) && !otherFigureBetween(view, q, q.end(), c.begin())
            && view.cues().stream().anyMatch(m -> m.namesMetric() && m.metric().isCount() && m.begin() >= q.end() && m.end() <= c.begin());
    }

    private static boolean isGainOrLossVerb(MetricCue c) {
        String w = c.word().toLowerCase(Locale.ROOT);
        boolean gainVerb = w.equals("hinzu") || w.equals("gained") || w.equals("added") || w.startsWith("hir") || w.equals("lost") || w.startsWith("verlor")
            || w.equals("shed") || w.startsWith("cut") || w.endsWith("abbau") || w.startsWith("strich") || w.endsWith("strichen")
            || w.startsWith("streich") || w.equals("abgebaut") || w.startsWith("entl") || w.contains("kürz")
            || w.startsWith("lay") || w.startsWith("eliminat") || w.startsWith("wegfall") || w.startsWith("fallen");
        return gainVerb;
    }

    private static MetricCue nearestMetricCue(SentenceView view, QuantityMention q) {
        MetricCue best = null;
        int bestScore = Integer.MAX_VALUE;
        for (MetricCue c : view.cues()) {
            if (!c.namesMetric() || c.metric().isCount() && isMoney(q) || countedByAnother(view, q, c)) continue;
            if (c.metric() == Metric.SHARE_PRICE && !sharePriceFits(q)) continue;
            int score;
            if (c.end() <= q.begin()) {
                score = q.begin() - c.end();
            } else if (c.begin() >= q.end()) {
                score = 10 + 2 * (c.begin() - q.end()); // "39 Milliarden Dollar Umsatz": a cue after the figure is weaker
            } else {
                score = 0;
            }
            if (view.clauseBoundaryBetween(c.begin(), q.begin())) score += 200;
            // "…, nachdem ein Sondererlös weggefallen war": a subordinate clause after the figure has its own nouns
            if (c.begin() >= q.end() && SUBORDINATE.matcher(view.text().substring(q.end(), c.begin())).find()) score += 200;
            if (c.begin() >= q.end() && headsAnotherFigure(view, q, c)) score += 200; // "…, der Gewinn bei 8,7 Mrd."
            if (otherLevelBetween(view, q, Math.min(c.end(), q.end()), Math.max(c.begin(), q.begin()))) score += 120;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return bestScore <= 260 ? best : null;
    }

    private static final Pattern SUBORDINATE = Pattern.compile(
        ",\\s*(?:nachdem|weil|obwohl|während|wobei|da|because|after|although|while|since|as)\\b", F);

    private static final Pattern HEAD_LINK = Pattern.compile(
        "\\s*(?:bei|von|of|at|auf|mit|was|is|were|lag bei|came in at|:)?\\s*(?:rund|etwa|knapp|gut|about|nearly|roughly|some)?\\s*", F);

    private static boolean headsAnotherFigure(SentenceView view, QuantityMention q, MetricCue c) {
        for (QuantityMention other : view.quantities()) {
            if (other == q || other.kind() == QuantityKind.RATIO || other.begin() < c.end() || other.begin() - c.end() > 16) continue;
            if (HEAD_LINK.matcher(view.text().substring(c.end(), other.begin())).matches()) return true;
        }
        return false;
    }

    /** "for thousands of organizations": the noun is what another figure counts. */
    private static boolean countedByAnother(SentenceView view, QuantityMention q, MetricCue c) {
        for (QuantityMention other : view.quantities()) {
            if (other == q || other.countNoun() == null) continue;
            if (c.begin() >= other.begin() && c.begin() - other.end() <= 30
                && c.word().toLowerCase(Locale.ROOT).startsWith(other.countNoun().substring(0, Math.min(4, other.countNoun().length())))) return true;
        }
        return false;
    }

    /** Share prices are money or percentages, never counts with a noun of their own. */
    private static boolean sharePriceFits(QuantityMention q) {
        return isMoney(q) || q.kind() == QuantityKind.PERCENT || q.kind() == QuantityKind.FRACTION;
    }

    /**
     * As {@link #otherFigureBetween}, but a change before a level does not separate the level from its
     * metric word: "Der Gewinn halbierte sich nahezu auf 2,2 Mrd. Euro", "Umsatz stieg um 5 Prozent auf …".
     */
    private static boolean otherLevelBetween(SentenceView view, QuantityMention q, int from, int to) {
        for (QuantityMention other : view.quantities()) {
            if (other == q || other.kind() == QuantityKind.RATIO) continue;
            if (q.role() != QuantityRole.CHANGE && other.role() == QuantityRole.CHANGE && other.end() <= q.begin()) continue;
            if (other.begin() >= from && other.end() <= to) return true;
        }
        return false;
    }

    private static boolean otherFigureBetween(SentenceView view, QuantityMention q, int from, int to) {
        return otherFigureBetween(view, q, from, to, false);
    }

    private static final Pattern FROM_BEFORE = Pattern.compile("\\b(?:from|von)\\s+$", F);

    /** @param pairs when true, the earlier figure of a "from … to …" pair does not separate the later one from its words */
    private static boolean otherFigureBetween(SentenceView view, QuantityMention q, int from, int to, boolean pairs) {
        for (QuantityMention other : view.quantities()) {
            if (other == q || other.kind() == QuantityKind.RATIO) continue;
            if (pairs && (other.role() == QuantityRole.PREVIOUS || FROM_BEFORE.matcher(view.text().substring(0, other.begin())).find())) continue;
            if (other.begin() >= from && other.end() <= to) return true;
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
