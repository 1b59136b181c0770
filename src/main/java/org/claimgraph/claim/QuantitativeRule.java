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

    private final MetricSelector metrics = new MetricSelector();
    private final SubjectResolver subjects = new SubjectResolver();
    private final ModalityDetector modalities = new ModalityDetector();
    private final SpeakerDetector speakers = new SpeakerDetector();
    private final SegmentDetector segments = new SegmentDetector();
    private final RespectivelyLists lists = new RespectivelyLists();
    private final FigurePeriods periods;

    public QuantitativeRule(FiscalCalendar fiscal) {
        this.periods = new FigurePeriods(fiscal);
    }

    public List<QuantitativeClaim> apply(SentenceView view, DocumentContext doc) {
        for (org.claimgraph.entity.Mention m : view.mentions()) if (BusinessUnits.introduces(view, m)) doc.noteBusinessUnit(m.entity());
        Map<QuantityMention, MetricChoice> choices = new HashMap<>();
        for (QuantityMention q : view.quantities()) {
            if (q.kind() == QuantityKind.RATIO || isTolerance(view, q) || inForeignCurrency(view, q)) continue;
            MetricChoice c = metrics.choose(view, q);
            if (c != null) choices.put(q, c);
        }
        distributeRespectively(view, choices);
        continuePreviousSentence(view, doc, choices);
        continueStockMove(view, doc, choices);
        inheritForComparedAmounts(view, choices);
        inheritForAppositiveChanges(view, choices);
        choices.keySet().removeIf(q -> isTolerance(view, q)); // the inheritance above must not revive a margin
        // "the cloud backlog grew 28%": the growth of something we do not measure is not revenue growth
        if (COSTS.matcher(view.text()).find()) choices.values().removeIf(c -> c.rule().equals("growth"));
        // "compared with a 6% rise for the broader Taiwan market": a benchmark's move is no company's figure
        choices.keySet().removeIf(q -> BENCHMARK.matcher(view.text().substring(q.end())).find());
        // "costing the company $4.5 billion", "a charge of $2 billion", "a $3.1 billion hit": a cost is no metric of ours
        choices.keySet().removeIf(q -> COST_OF.matcher(view.text().substring(Math.max(0, q.begin() - 40), q.begin())).find()
            || MetricSelector.isMoney(q) && CHARGE_AFTER.matcher(view.text().substring(q.end())).lookingAt());
        // "has raised $13 billion", "a $13B Series F": money raised from investors is no metric of ours
        choices.keySet().removeIf(q -> MetricSelector.isMoney(q) && (RAISED.matcher(view.text().substring(Math.max(0, q.begin() - 40), q.begin())).find()
            || FUNDING_AFTER.matcher(view.text().substring(q.end())).lookingAt()));
        // "its revenue backlog stood at $30bn", "free cash flow was negative $10bn", "burned $2.5bn in cash": none of our metrics
        choices.keySet().removeIf(q -> (MetricSelector.isMoney(q) || q.kind() == QuantityKind.PERCENT) && notOurMoney(view, q));
        // "returned $24.3 billion to shareholders": buybacks and dividends together are none of our metrics
        choices.keySet().removeIf(q -> MetricSelector.isMoney(q) && RETURNED.matcher(view.text().substring(Math.max(0, q.begin() - 30), q.begin())).find());
        // "The S&P 500 rose 0.2%", "while the Nasdaq gained 1%": an index's move is no company's figure
        choices.keySet().removeIf(q -> INDEX_MOVE.matcher(view.text().substring(0, q.begin())).find());
        choices.keySet().removeIf(q -> MetricSelector.isMoney(q) && RAISED_DE.matcher(view.text().substring(q.end(), Math.min(view.text().length(), q.end() + 30))).find());

        Map<QuantityMention, Entity> distributed = distributedSubjects(view);
        Map<QuantityMention, QuantityMention> hedged = SharedHedges.distribute(view);
        List<QuantitativeClaim> out = new ArrayList<>();
        Entity sentenceSubject = null;
        QuantitativeClaim previousValue = null;
        for (QuantityMention q : view.quantities()) {
            MetricChoice choice = choices.get(q);
            if (choice == null) continue;
            Entity subject = distributed.containsKey(q) ? distributed.get(q)
                : choice.rule().equals(GROWTH_ESTIMATE_RULE) && doc.lastSubject() != null ? doc.lastSubject() // whose growth was just reported
                : subjects.resolve(view, q.begin(), choice.metric(), sentenceSubject, doc);
            if (subject == null) continue;
            // "the four largest cloud groups' combined investment", "hyperscaler capex will reach …": a group's
            // figure, and the company the article is about is not named here to own it
            if (GROUP.matcher(view.text()).find() && !named(view, subject)) continue;
            // a coordinated subject's joint figure is no one's; "each" gives it to every name (forEachOther below)
            if (!distributed.containsKey(q) && JointSubject.jointFigure(view, q.begin())) continue;
            sentenceSubject = subject;
            QuantitativeClaim claim = build(view, doc, hedged.getOrDefault(q, q), choice, subject, previousValue);
            Entity speaker = claim.provenance().speaker();
            if (distributed.containsKey(q) && speaker != null && !speaker.equals(subject) && distributed.containsValue(speaker)) {
                claim = claim.withSpeaker(subject); // "Meta and Microsoft reported … respectively": each its own
            }
            QuantitativeClaim whole = out.isEmpty() ? null : out.get(out.size() - 1);
            if (q.perShare() && whole != null && !choice.change() && PER_SHARE_APPOSITION.matcher(view.text().substring(0, q.begin())).find()
                && whole.period() != null && !whole.period().equals(claim.period())) {
                // "$1.4 billion, or 42 cents per share, a year earlier": the per-share figure restates the one before it
                claim = new QuantitativeClaim(claim.about(), claim.metric(), claim.change(), claim.value(), claim.lower(), claim.upper(),
                    claim.unit(), claim.approximation(), whole.period(), claim.segment(), claim.provenance());
            }
            out.add(claim);
            out.addAll(forEachOther(view, q, claim));
            if (q.role() != QuantityRole.CHANGE) previousValue = claim;
        }
        return withUnitsCompleted(view, out);
    }

    private static final Pattern RESPECTIVELY = Pattern.compile("\\brespectively\\b|\\bbeziehungsweise\\b|\\bbzw\\.", F);
    private static final Pattern EACH = Pattern.compile("\\b(?:each|both|jeweils|beide)\\s+(?:\\p{L}+\\s+){0,3}$", F);

    /** "Microsoft and Apple are each worth about $4 trillion", "… jeweils rund": the figure holds for every name of the pair. */
    private List<QuantitativeClaim> forEachOther(SentenceView view, QuantityMention q, QuantitativeClaim claim) {
        if (!EACH.matcher(view.text().substring(Math.max(0, q.begin() - 30), q.begin())).find()
            || RESPECTIVELY.matcher(view.text()).find()) return List.of(); // "each … $60 billion and $80 billion, respectively"
        for (int n = 3; n >= 2; n--) {
            List<org.claimgraph.entity.Mention> names = lists.subjectsBefore(view, q.begin(), n);
            if (names.isEmpty() || names.stream().noneMatch(m -> m.entity().slug().equals(claim.about().slug()))) continue;
            return names.stream().filter(m -> !m.entity().slug().equals(claim.about().slug()))
                .map(m -> new QuantitativeClaim(m.entity(), claim.metric(), claim.change(), claim.value(), claim.lower(), claim.upper(),
                    claim.unit(), claim.approximation(), claim.period(), claim.segment(), claim.provenance()))
                .toList();
        }
        return List.of();
    }

    /** The figures of a "respectively" list, each with the name at the same place in the list of names before it. */
    private Map<QuantityMention, Entity> distributedSubjects(SentenceView view) {
        Map<QuantityMention, Entity> out = new HashMap<>();
        for (List<QuantityMention> group : lists.groups(view)) {
            List<org.claimgraph.entity.Mention> names = lists.subjectsBefore(view, group.get(0).begin(), group.size());
            for (int i = 0; i < names.size(); i++) out.put(group.get(i), names.get(i).entity());
        }
        return out;
    }

    private void distributeRespectively(SentenceView view, Map<QuantityMention, MetricChoice> choices) {
        for (List<QuantityMention> group : lists.groups(view)) {
            boolean counts = group.stream().allMatch(q -> q.unit() == null);
            List<Metric> named = lists.metricsBefore(view, group.get(0).begin(), group.size(), counts);
            if (counts && named.size() != group.size()) named = lists.frequenciesAfter(view, group.get(group.size() - 1).end(), group.size());
            if (named.size() != group.size()) {
                // "3 billion and 1 billion monthly active users": the noun after the last figure counts them all
                MetricChoice last = choices.get(group.get(group.size() - 1));
                if (counts && last != null) for (QuantityMention q : group) choices.put(q, last);
                continue;
            }
            MetricChoice lead = choices.get(group.get(0));
            boolean change = lead != null ? lead.change() : group.stream().anyMatch(q -> metrics.isChange(view, q));
            int sign = lead != null ? lead.sign() : 1;
            for (int i = 0; i < group.size(); i++) {
                choices.put(group.get(i), new MetricChoice(named.get(i), change, sign, "respectively"));
            }
        }
    }

    /**
     * "Die Investitionen sollen steigen. Die sollen sich auf 37 bis 40 Milliarden Dollar belaufen.": a
     * sentence that names no metric at all continues the money metric of the sentence before.
     */
    private void continuePreviousSentence(SentenceView view, DocumentContext doc, Map<QuantityMention, MetricChoice> choices) {
        Metric previous = doc.previousSentenceMetric();
        if (previous == null || !choices.isEmpty() || view.cues().stream().anyMatch(MetricCue::namesMetric)) return;
        // "Total expenses will be …", "tariffs would add $1 billion to costs": a cost is no metric of ours, and ends the thread
        // "mit Zusatzkosten von rund 900 Millionen Dollar", "backlog": a money figure of its own kind
        if (NOT_OUR_MONEY.matcher(view.text()).find()) return;
        // "Die Marge sank um 0,9 Prozentpunkte": a ratio the model has no metric for
        if (OTHER_RATIO.matcher(view.text()).find() || view.quantities().stream().anyMatch(QuantityMention::percentagePoints)) return;
        // "Tesla delivered 384,122 vehicles, down 13.5%": the sentence counts something of its own
        if (view.quantities().stream().anyMatch(q -> q.countNoun() != null && q.unit() == null)) return;
        boolean perShare = previous == Metric.EARNINGS_PER_SHARE || previous == Metric.DIVIDEND_PER_SHARE;
        for (QuantityMention q : view.quantities()) {
            if (perShare && !q.perShare()) continue;
            if (q.kind() == QuantityKind.AMOUNT && MetricSelector.isMoney(q) && q.role() != QuantityRole.CHANGE) {
                choices.put(q, new MetricChoice(previous, false, 1, "previous-sentence"));
            } else if (q.kind() == QuantityKind.PERCENT && metrics.isChange(view, q)) {
                choices.put(q, new MetricChoice(previous, true, q.value() != null && q.value().signum() < 0 ? -1 : 1, "previous-sentence"));
            } else if (q.kind() == QuantityKind.PERCENT && growthEstimate(view, doc, previous)) {
                choices.put(q, new MetricChoice(previous, true, 1, GROWTH_ESTIMATE_RULE));
            }
        }
    }

    /** "They", "Sie", "Das Papier": the shares the sentence before moved */
    private static final Pattern STOCK_PRONOUN = Pattern.compile(
        "^\\s*(?:(?:since|seit|so far|bislang|bisher|this year|in diesem jahr|seit jahresbeginn)[^,]{0,30}?,?\\s+)?(?:they|it|the stock|sie|es|das papier|die papiere)\\b"
        + "|^\\s*seit (?:jahresbeginn|anfang des jahres)\\s+(?:hat|haben|ist|sind)\\s+(?:sie|es)\\b", F);

    /** "Microsoft shares fell 3%. They had gained 28% this year.": a pronoun continues the stock's moves. */
    private void continueStockMove(SentenceView view, DocumentContext doc, Map<QuantityMention, MetricChoice> choices) {
        if (!doc.previousSentenceStock() || !choices.isEmpty() || view.cues().stream().anyMatch(MetricCue::namesMetric)) return;
        if (!STOCK_PRONOUN.matcher(view.text()).find()) return;
        // "hat sie 28 Prozent zugelegt": the verb of change may close the clause
        MetricCue move = view.cues().stream().filter(MetricCue::change).findFirst().orElse(null);
        for (QuantityMention q : view.quantities()) {
            if (q.kind() == QuantityKind.PERCENT && !q.percentagePoints() && (metrics.isChange(view, q) || move != null)) {
                int sign = move != null && move.sign() < 0 ? -1 : 1;
                choices.put(q, new MetricChoice(Metric.SHARE_PRICE, true, sign, "previous-sentence"));
            }
        }
    }

    private static final String GROWTH_ESTIMATE_RULE = "previous-growth-estimate";
    private static final Pattern GROWTH_ESTIMATE = Pattern.compile(
        "\\b(?:analyst\\p{L}*|experten|marktbeobachter|beobachter)\\b[^.;]*\\b(?:gerechnet|erwartet|expected|estimated|forecast)\\b", F);

    /** "Azure wuchs um 38 Prozent. Experten hatten mit 36 Prozent gerechnet.": the estimate of the growth just reported */
    private static boolean growthEstimate(SentenceView view, DocumentContext doc, Metric previous) {
        return previous == Metric.REVENUE && doc.previousSentenceGrowth() && GROWTH_ESTIMATE.matcher(view.text()).find();
    }

    private static final PeriodResolver PERIOD_WORDS = new PeriodResolver();
    /** paying subscribers are a count of their own, not the active users counted before */
    private static final Pattern SUBSCRIBERS = Pattern.compile("abonnent\\p{L}*|\\bsubscribers?\\b|\\bpaying\\b|\\bzahlende[nr]?\\b", F);

    private static final Pattern UNMEASURED_MONEY = Pattern.compile(
        "\\b(?:backlog|cash flow|performance obligations|bookings|burn(?:ed|t|s|ing)?|auftragsbestand\\p{L}*|auftragsbuch\\p{L}*|\\p{L}*cashflow\\p{L}*|barmittel\\p{L}*|verbrann?t\\p{L}*)\\b", F);
    private static final Pattern UNMEASURED_MONEY_AFTER = Pattern.compile(
        "\\s*(?:in |of |an )?(?:free |operating |freie[nmrs]? |operative[nmrs]? )?(?:cash flow|cashflow|backlog|auftragsbestand|in cash\\b(?! and)|cash burn)", F);
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:a|an|the|ein|eine|einer)\\s[^,]*,");

    /**
     * A money figure whose nearest noun before it (in its clause, appositions aside) names something we do not
     * measure, backlog or cash flow, belongs to that noun even when a metric word came earlier ("revenue backlog").
     */
    private static boolean notOurMoney(SentenceView view, QuantityMention q) {
        if (UNMEASURED_MONEY_AFTER.matcher(view.text().substring(q.end())).lookingAt()) return true;
        int from = Math.max(0, q.begin() - 120);
        String before = view.text().substring(from, q.begin());
        int cut = Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf(" while "), before.lastIndexOf(" whereas ")));
        if (cut > 0) before = before.substring(cut);
        before = APPOSITION.matcher(before).replaceAll(m -> ",".concat(" ".repeat(m.group().length() - 1)));
        java.util.regex.Matcher noun = UNMEASURED_MONEY.matcher(before);
        int lastNoun = -1;
        while (noun.find()) lastNoun = noun.start();
        if (lastNoun < 0) return false;
        for (MetricCue c : LEXICON_CUES.cues(before)) if (c.namesMetric() && c.begin() > lastNoun) return false;
        return true;
    }
    private static final MetricLexicon LEXICON_CUES = new MetricLexicon();

    private static final Pattern CHARGE_AFTER = Pattern.compile(
        "\\s*(?:\\(\\S[^)]*\\)\\s*)?(?:-dollar\\s+|\\s)?(?:hit|charge|write-?down|impairment|one-time charge|belastung|sonderbelastung|abschreibung\\p{L}*|wertberichtigung)\\b", F);
    private static final Pattern COST_OF = Pattern.compile(
        "(?:\\bcost(?:ing|s)?(?:\\s+(?:the company|it|them|us|\\p{Lu}\\p{L}+))?|\\bcharges? of|\\bkostete[n]?|\\bkosten von)\\s+(?:about |roughly |nearly |some |around |an estimated |rund |etwa )?$", F);

    private static final String NOW_WORD = "(?:today|now|currently|at present|heute|derzeit|aktuell|zurzeit|momentan)";
    private static final Pattern NOW = Pattern.compile("^\\s*(?:\\p{L}+\\s+)?" + NOW_WORD + "\\b", F);
    private static final Pattern NOW_BEFORE = Pattern.compile("\\b" + NOW_WORD + "\\s+(?:\\p{L}+\\s+)?$", F);
    private static final Pattern RAISED_DE = Pattern.compile("^\\s*(?:\\p{L}+\\s+){0,3}?(?:eingesammelt|einsammeln|einzusammeln)\\b", F);
    private static final Pattern GROUP = Pattern.compile(
        "\\bcombined\\b|\\bcollectively\\b|\\bindustry[- ]wide\\b|\\bhyperscalers?\\b|\\bbig tech\\b|\\btech giants\\b"
        + "|\\bzusammen(?:genommen)?\\b|\\bgemeinsam\\b|\\bbranchenweit\\p{L}*|\\btech-riesen\\b|\\bhyperscaler\\p{L}*", F);

    private static boolean named(SentenceView view, Entity subject) {
        return view.mentions().stream().anyMatch(m -> m.entity().slug().equals(subject.slug()));
    }

    private static final Pattern RETURNED = Pattern.compile("\\breturn(?:ed|s|ing)?\\s+(?:about |roughly |nearly |more than |some |a record )?$", F);
    private static final Pattern RAISED = Pattern.compile(
        "\\b(?:rais(?:es|ed|ing|e)|secured|sammel(?:t|te|ten)(?:\\s+\\p{L}+){0,3}|eingesammelt|(?:eine |einer )?finanzierungsrunde (?:von|über)|funding round of)\\s+(?:about |roughly |nearly |more than |over |some |another |an additional |a further |rund |etwa |knapp |mehr als |weitere )?$", F);
    private static final Pattern FUNDING_AFTER = Pattern.compile(
        "\\s*(?:in\\s+)?(?:new\\s+|fresh\\s+)?(?:funding|financing|series [a-h]\\b|seed\\b|venture (?:capital|funding)|finanzierung\\p{L}*|risikokapital)", F);
    private static final Pattern INDEX_MOVE = Pattern.compile(
        "(?:^|[,;]\\s*|\\b(?:while|and|as|whereas|während|und)\\s+)(?:the\\s+|der\\s+)?(?:broader\\s+|benchmark\\s+|tech-heavy\\s+)?"
        + "(?:S&P 500|S&P|Nasdaq(?: Composite| 100|-100)?|Dow(?: Jones)?(?: Industrial Average)?|Dax|MDax|TecDax|Euro Stoxx 50|Stoxx 600|Nikkei(?: 225)?"
        + "|Hang Seng|Kospi|FTSE 100|Philadelphia Semiconductor Index)(?:\\s+index)?\\s+(?:\\p{L}+\\s+){1,2}"
        + "(?:about |roughly |nearly |almost |um )?$", F);

    private static final Pattern BENCHMARK = Pattern.compile(
        "^\\s*(?:rise|gain|increase|advance|decline|drop|fall|slide|jump)?\\s*(?:for|in|of|by)\\s+the\\s+(?:broader|wider|overall|benchmark|whole|main)\\b"
        + "|^\\s*(?:anstieg|plus|zuwachs|rückgang|minus)?\\s*(?:für den|des|im)\\s+(?:gesamtmarkt|leitindex|breiten markt)", F);

    private static final Pattern PER_SHARE_APPOSITION = Pattern.compile("\\d\\s*(?:billion|million|bn|Milliarden|Millionen|Mrd\\.?|Mio\\.?)?(?:\\s+(?:dollars|euros|Dollar|Euro))?,\\s*(?:or|oder|bzw\\.?|beziehungsweise)\\s+$", F);

    private static final Pattern COSTS = Pattern.compile(
        "backlog|bookings|performance obligations|auftragsbestand|auftragseingang|"
        + "\\bcosts?\\b|\\bexpenses?\\b|\\bexpenditures?\\b(?<!capital expenditures?)|\\bkosten\\b|\\p{L}+kosten\\b|aufwendungen|\\baufwand\\b", F);
    private static final Pattern OTHER_RATIO = Pattern.compile(
        "\\p{L}*marge\\p{L}*|\\p{L}*quote\\b|\\p{L}*anteil\\p{L}*|\\p{L}*rendite\\p{L}*|\\bmargins?\\b|\\bshare of\\b|\\brate\\b", F);

    /** Money that is none of the metrics: costs, backlogs (above), charges, fines, prices, deals. */
    private static final Pattern NOT_OUR_MONEY = Pattern.compile(COSTS.pattern()
        + "|\\p{L}*aufwendungen\\b|\\p{L}*belastung\\p{L}*|\\p{L}*strafe\\p{L}*|\\bbußgeld\\p{L}*|\\p{L}*abschreibung\\p{L}*"
        + "|\\p{L}*kaufpreis\\p{L}*|\\bübernahme\\p{L}*|\\bcharges?\\b|\\bfines?\\b|\\bpenalt(?:y|ies)\\b|\\bwrite-?downs?\\b|\\bacquisition\\b", F);

    /**
     * "revenue was $32 billion, compared with projections for $31.1 billion", "from $3.6 billion a year
     * ago": an amount with no metric word of its own, compared with or set before an amount of the
     * same unit, measures the same thing.
     */
    private void inheritForComparedAmounts(SentenceView view, Map<QuantityMention, MetricChoice> choices) {
        MetricChoice previous = null;
        QuantityMention previousQ = null;
        MetricChoice[] previousBy = new MetricChoice[2];
        QuantityMention[] previousQBy = new QuantityMention[2];
        for (QuantityMention q : view.quantities()) {
            MetricChoice own = choices.get(q);
            // "$1.17 billion, or 33 cents per share, down from $1.4 billion": a whole figure pairs with a whole one
            previous = previousBy[q.perShare() ? 1 : 0];
            previousQ = previousQBy[q.perShare() ? 1 : 0];
            // "28,2 Milliarden Dollar, nach 23,6 Milliarden vor einem Jahr": the earlier level may leave its currency out
            boolean sameUnit = previousQ != null
                && (q.unit() != null ? q.unit() == previousQ.unit() : q.role() == QuantityRole.PREVIOUS && previousQ.unit() != null
                    // "109,121 people at the end of June, compared with 107,602 a year earlier": a bare count compared with a count
                    || previousQ.unit() == null && previous.metric().isCount() && q.countNoun() == null && q.role() == QuantityRole.PREVIOUS);
            if (own == null && previous != null && q.kind() == QuantityKind.AMOUNT && sameUnit
                && (q.role() == QuantityRole.PREVIOUS || COMPARED.matcher(view.text().substring(previousQ.end(), q.begin())).find())) {
                choices.put(q, new MetricChoice(previous.metric(), false, previous.sign(), "compared-amount"));
            } else if (own != null && !own.change() && q.kind() == QuantityKind.AMOUNT) {
                previousBy[q.perShare() ? 1 : 0] = own;
                previousQBy[q.perShare() ? 1 : 0] = q;
            }
        }
    }

    private static final Pattern COMPARED = Pattern.compile(
        "compared|versus|\\bvs\\.?|expectations?|estimates?|projections?|consensus|konsens\\p{L}*|expected|forecasts?|verglichen|gegenüber|erwartet\\p{L}*|erwartung\\p{L}*|schätzung\\p{L}*|prognos\\p{L}*|\\bfrom\\b|\\bvon\\b", F);

    /**
     * "… von 475 auf 510 Dollar – ein Plus von 7 Prozent", "… to $32 billion, up 12%": a change with no
     * metric word of its own continues the figure before it.
     */
    private void inheritForAppositiveChanges(SentenceView view, Map<QuantityMention, MetricChoice> choices) {
        MetricChoice previous = null;
        List<QuantityMention> qs = view.quantities();
        for (int i = 0; i < qs.size(); i++) {
            QuantityMention q = qs.get(i);
            MetricChoice own = choices.get(q);
            if (own == null && q.kind() != QuantityKind.RATIO && metrics.isChange(view, q) && !isTolerance(view, q)) {
                MetricChoice next = i + 1 < qs.size() ? choices.get(qs.get(i + 1)) : null;
                boolean levelFollows = next != null && !next.change() && LEVEL_AFTER.matcher(view.text().substring(q.end(), qs.get(i + 1).begin())).matches();
                if (levelFollows) choices.put(q, new MetricChoice(next.metric(), true, 1, "change-of-level"));
                else if (previous != null) choices.put(q, new MetricChoice(previous.metric(), true, 1, "appositive-change"));
            } else if (own != null && !own.change()) {
                previous = own;
            }
        }
    }

    /** "um 31 Prozent auf 15,9 Milliarden", "21 percent to $36.4 billion". */
    private static final Pattern LEVEL_AFTER = Pattern.compile("\\s*(?:auf|to|at|,)\\s*(?:rund|etwa|knapp|gut|about|nearly|roughly|around|some)?\\s*", F);

    private QuantitativeClaim build(SentenceView view, DocumentContext doc, QuantityMention q, MetricChoice choice,
                                    Entity subject, QuantitativeClaim previousValue) {
        Period period = periods.of(view, doc, q, choice, subject);
        List<int[]> figures = view.quantities().stream().map(x -> new int[] {x.begin(), x.end()}).toList();
        Modality modality = modalities.detect(view.text(), view.language(), q.begin(), q.end(), figures, period, view.date());
        if (modality == Modality.REPORTED && period != null && q.role() != QuantityRole.PREVIOUS
            && modalities.futureBefore(view.text(), view.language(), q.begin())
            && PERIOD_WORDS.find(view.text(), view.date(), FiscalCalendar.CALENDAR).isEmpty()) {
            // "expects cloud revenue to reach $32 billion …" with no time of its own: not the article's quarter, and not over
            Modality undated = modalities.detect(view.text(), view.language(), q.begin(), q.end(), figures, null, view.date());
            if (undated == Modality.FORECAST || undated == Modality.PLAN) {
                modality = undated;
                period = null;
            }
        }
        // "plans to cut to 75,000, down from 99,500 at the end of 2024", "will die Dividende auf 2,50 Euro erhöhen,
        // nach 2,35 Euro im Vorjahr": the earlier level of a plan or forecast is history
        boolean now = NOW.matcher(view.text().substring(q.end(), Math.min(view.text().length(), q.end() + 25))).find()
            || NOW_BEFORE.matcher(view.text().substring(Math.max(0, q.begin() - 30), q.begin())).find();
        if ((modality == Modality.PLAN || modality == Modality.FORECAST) && (now && q.role() != QuantityRole.CHANGE
            || q.role() == QuantityRole.PREVIOUS && (period == null || view.date() != null && period.endedBefore(view.date())))) {
            modality = Modality.REPORTED; // … and "up from roughly 230,000 today" is the present
        }
        Entity speaker = speakers.detect(view.text(), view.mentions(), q.begin(), q.end(), subject);
        if (speaker != null && speaker.slug().equals(subject.slug()) && modality == Modality.ESTIMATE) speaker = null;
        // "…, Amazon said, slightly above estimates of $30.8 billion": a company states its figures, not the analysts'
        if (speaker != null && modality == Modality.ESTIMATE && speaker.type() == org.claimgraph.entity.EntityType.ORGANIZATION
            && statesItself(view, speaker)) speaker = null;
        // a fall or loss the quantity stage has not signed yet: a range −[a, b] = [−b, −a]; a one-sided
        // bound keeps its slot, since "more than"/"nearly" bound the size the text gives
        boolean negate = choice.sign() < 0 && q.representative() != null && q.representative().signum() > 0;
        boolean range = q.lower() != null && q.upper() != null;
        BigDecimal value = negate ? negated(q.value()) : q.value();
        BigDecimal lower = negate ? negated(range ? q.upper() : q.lower()) : q.lower();
        BigDecimal upper = negate ? negated(range ? q.lower() : q.upper()) : q.upper();
        String segment = segments.detect(view.text(), q.begin(), q.end(), subject);
        Metric metric = BusinessUnits.incomeOf(choice.metric(), view, subject, doc);
        if (metric == Metric.USERS && choice.change() && doc.lastUserMetric(subject) != null && !SUBSCRIBERS.matcher(view.text()).find()) {
            metric = doc.lastUserMetric(subject); // "gained 30 million users" continues the monthly figure before
        }
        double confidence = confidence(choice, subject, view);
        if (choice.rule().equals("previous-sentence") || choice.rule().equals(GROWTH_ESTIMATE_RULE)) confidence = Math.min(confidence, 0.55);
        Provenance prov = new Provenance(view.evidence(), speaker, modality, "quantity." + choice.rule(), confidence);
        Unit unit = metric.isCount() && q.kind() == QuantityKind.AMOUNT ? null : q.unit();
        return new QuantitativeClaim(subject, metric, choice.change(), value, lower, upper, unit,
            q.approximation(), period == null ? null : period.lexical(), segment, prov);
    }

    private static final Pattern STATES = Pattern.compile("^\\s+(?:said|says|reported|announced|sagte|meldete)\\b", F);

    private static boolean statesItself(SentenceView view, Entity speaker) {
        return view.mentions().stream().anyMatch(m -> m.entity().slug().equals(speaker.slug())
            && STATES.matcher(view.text().substring(m.end())).find());
    }

    private static final Pattern TOLERANCE = Pattern.compile("(?:plus\\s*(?:oder|or|/)\\s*(?:minus)?|\\+/-|±)\\s*$", F);

    /** "rund 54 Milliarden Dollar, plus oder minus zwei Prozent": the margin of a forecast is not a figure. */
    private static boolean isTolerance(SentenceView view, QuantityMention q) {
        return TOLERANCE.matcher(view.text().substring(Math.max(0, q.begin() - 20), q.begin())).find();
    }

    /** A currency the model has no unit for: its figure would be misread in the currency of a neighbour. */
    private static final Pattern FOREIGN_CURRENCY = Pattern.compile(
        "^\\s*(?:(?:taiwan|hongkong|singapur|kanad\\p{L}*|austral\\p{L}*|neuseeland\\p{L}*)[- ]?dollar\\p{L}*|won|yen|yuan|renminbi|franken|pfund|rupien|kronen|rubel|lira|zloty"
        + "|(?:new )?taiwan dollars?|hong kong dollars?|(?:canadian|australian|singapore) dollars?|(?:korean )?won|(?:japanese )?yen|swiss francs?|pounds?|rupees?|kronor|kroner)\\b", F);

    private static boolean inForeignCurrency(SentenceView view, QuantityMention q) {
        return q.unit() == null && FOREIGN_CURRENCY.matcher(view.text().substring(q.end())).find();
    }

    private static BigDecimal negated(BigDecimal v) {
        return v == null ? null : v.negate();
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

    /**
     * "von 475 auf 510 Dollar": the earlier figure of a pair takes the unit of the later one;
     * "28,2 Milliarden Dollar, nach 23,6 Milliarden": an earlier level after it takes the unit of the one before.
     */
    private static List<QuantitativeClaim> withUnitsCompleted(SentenceView view, List<QuantitativeClaim> claims) {
        List<QuantitativeClaim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            QuantitativeClaim c = claims.get(i);
            if (c.unit() == null && !c.metric().isCount() && i + 1 < claims.size() && claims.get(i + 1).unit() != null
                && claims.get(i + 1).metric() == c.metric()) {
                QuantitativeClaim n = claims.get(i + 1);
                c = new QuantitativeClaim(c.about(), c.metric(), c.change(), c.value(), c.lower(), c.upper(), n.unit(),
                    c.approximation(), c.period(), c.segment(), c.provenance());
            } else if (c.unit() == null && !c.metric().isCount() && "quantity.compared-amount".equals(c.provenance().extractedBy())
                && i > 0 && claims.get(i - 1).unit() != null && claims.get(i - 1).metric() == c.metric()) {
                QuantitativeClaim p = claims.get(i - 1);
                c = new QuantitativeClaim(c.about(), c.metric(), c.change(), c.value(), c.lower(), c.upper(), p.unit(),
                    c.approximation(), c.period(), c.segment(), c.provenance());
            }
            out.add(c);
        }
        return out;
    }
}
