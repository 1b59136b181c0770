package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.claim.quantity.QuantityFinder;
import org.claimgraph.claim.quantity.QuantityMention;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Language;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.text.Sentence;
import org.claimgraph.text.TextDocument;

/**
 * The claim stage: reads each sentence once, front to back, runs the quantitative, zero,
 * comparison and relation rules over it, and keeps the document context (main organisation,
 * last subject, reporting period) up to date for the sentences that follow.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    private final QuantityFinder quantities;
    private final MetricLexicon lexicon = new MetricLexicon();
    private final PeriodResolver periods = new PeriodResolver();
    private final QuantitativeRule quantitative;
    private final ZeroRule zero;
    private final ComparisonRule comparisons = new ComparisonRule();
    private final RelationRule relations = new RelationRule();
    private final FiscalCalendar fiscal;

    private RuleBasedClaimExtractor(Builder b) {
        this.quantities = b.quantities;
        this.fiscal = b.fiscal;
        this.quantitative = new QuantitativeRule(fiscal);
        this.zero = new ZeroRule(fiscal);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Claim> extract(TextDocument document, List<Mention> mentions) {
        return extract(document, mentions, null);
    }

    @Override
    public List<Claim> extract(TextDocument document, List<Mention> mentions, PublicationDate estimatedDate) {
        PublicationDate stated = document.article().date();
        DocumentContext doc = new DocumentContext(stated != null ? stated : estimatedDate, mentions);
        Language language = document.article().language() == null ? Language.EN : document.article().language();
        List<Claim> out = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        ListIntroSource listSource = new ListIntroSource();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<QuantityMention> qs = quantities.find(sentence.text(), language);
            SentenceView view = new SentenceView(sentence, language, doc.date(), SentenceView.mentionsIn(sentence, mentions),
                qs, lexicon.cues(sentence.text()));
            listSource.read(sentence, document.text(), view.mentions());
            List<QuantitativeClaim> figures = listSource.attribute(quantitative.apply(view, doc), sentence, document.text());
            if (i + 1 < sentences.size()) figures = NextSentenceSource.attribute(figures, sentences.get(i + 1), mentions);
            out.addAll(figures);
            out.addAll(zero.apply(view, doc));
            out.addAll(comparisons.apply(view, doc));
            out.addAll(relations.apply(view, doc));
            remember(view, doc, figures);
        }
        return deduplicated(out);
    }

    private void remember(SentenceView view, DocumentContext doc, List<QuantitativeClaim> figures) {
        doc.notePreviousSentence(view.cues(), figures);
        int yem = doc.mainOrganization() == null ? FiscalCalendar.CALENDAR : fiscal.yearEndMonth(doc.mainOrganization().slug());
        // "Meta expects third-quarter revenue of …": the quarter of an outlook is not the one later figures are reported for
        java.util.Set<String> outlook = new java.util.HashSet<>();
        for (QuantitativeClaim c : figures) {
            Modality m = c.provenance().modality();
            if ((m == Modality.FORECAST || m == Modality.PLAN) && c.period() != null) outlook.add(c.period());
        }
        for (QuantitativeClaim c : figures) if (c.provenance().modality() == Modality.REPORTED) outlook.remove(c.period());
        // "Microsoft steigerte den Umsatz im dritten Geschäftsquartal" in an article mainly about Apple: Microsoft's calendar
        for (QuantitativeClaim c : figures) {
            if (fiscal.knows(c.about().slug())) {
                yem = fiscal.yearEndMonth(c.about().slug());
                break;
            }
        }
        final int calendar = yem;
        periods.find(view.text(), view.date(), yem).stream()
            .filter(p -> !p.isBasis() && (p.period().granularity() == Period.Granularity.QUARTER || fiscalYearOver(view, p)))
            // "sales in the current quarter will be …" is guidance: the quarter reported on is over
            .filter(p -> view.date() == null || !view.date().hasMonth() || p.period().endedBefore(view.date()))
            .filter(p -> !outlook.contains(p.period().lexical()) && !outlook.contains(p.period().withYearEndMonth(calendar).lexical()))
            .findFirst().ifPresent(p -> doc.noteReportingPeriod(p.period()));
        noteOutlook(view, doc, figures, yem);
        if (figures.isEmpty()) noteOpeningOrganization(view, doc);
        for (QuantitativeClaim c : figures) {
            boolean named = view.mentions().stream().anyMatch(m -> m.entity().slug().equals(c.about().slug()));
            if (c.provenance().modality() == Modality.REPORTED
                || named && c.provenance().modality() != Modality.ESTIMATE) doc.noteSubject(c.about());
            switch (c.metric()) {
                case DAILY_ACTIVE_USERS, MONTHLY_ACTIVE_USERS, WEEKLY_ACTIVE_USERS -> doc.noteUserMetric(c.about(), c.metric());
                default -> { }
            }
        }
    }

    private static final java.util.regex.Pattern FISCAL_YEAR_WORD = java.util.regex.Pattern.compile(
        "(?iu)geschäftsjahr|fiskaljahr|fiscal year");

    /** "Siemens hat im abgelaufenen Geschäftsjahr 2024/25 mehr verdient": a fiscal year over is what the figures after it report. */
    private static boolean fiscalYearOver(SentenceView view, PeriodMention p) {
        return p.period().granularity() == Period.Granularity.YEAR && view.date() != null && view.date().hasMonth()
            && p.period().endedBefore(view.date())
            && FISCAL_YEAR_WORD.matcher(view.text().substring(p.begin(), p.end())).find();
    }

    /**
     * "Asam bestätigte die Prognose für das Gesamtjahr. … Das operative Ergebnis soll auf 10,3 bis
     * 10,6 Milliarden Euro steigen.": the period of an outlook carries over to the outlook sentences
     * after it, until a sentence reports figures again.
     */
    private void noteOutlook(SentenceView view, DocumentContext doc, List<QuantitativeClaim> figures, int yem) {
        boolean forward = ModalityDetector.forwardLooking(view.text(), view.language());
        boolean reports = figures.stream().anyMatch(c -> c.provenance().modality() == Modality.REPORTED);
        Period named = periods.find(view.text(), view.date(), yem).stream()
            .filter(p -> !p.isBasis() && p.period() != null).map(PeriodMention::period).findFirst().orElse(null);
        if (forward && !reports && named != null && (view.date() == null || !named.endedBefore(view.date()))) doc.noteOutlookPeriod(named);
        else if (reports && !forward) doc.noteOutlookPeriod(null);
    }

    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
        "\\s*(?:(?:auch|zudem|dagegen|indes|also|meanwhile)\\s+)?(?:(?:der|die|das|the)\\s+)?(?:[\\p{L}-]+\\s+)?",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * "Auch die Google-Mutter Alphabet profitiert vom KI-Boom. Sie erhöhte …": a sentence that opens
     * with an organisation makes it the subject of the figures that follow, figures or not.
     */
    private static void noteOpeningOrganization(SentenceView view, DocumentContext doc) {
        for (Mention m : view.mentions()) {
            if (view.text().startsWith("-", m.end())) continue; // "Google-Mutter": a modifier
            if (!OPENING.matcher(view.text().substring(0, m.begin())).matches()) return;
            if (m.entity().type() == org.claimgraph.entity.EntityType.ORGANIZATION
                && !view.text().substring(m.end()).matches("(?s)\\s*(?:sagte|sagt|teilte|erklärte|said|says).*")) doc.noteSubject(m.entity());
            return;
        }
    }

    /** The same figure read twice from one sentence (two rules, or a repeated phrase) is one claim. */
    private static List<Claim> deduplicated(List<Claim> claims) {
        Map<String, Claim> unique = new LinkedHashMap<>();
        for (Claim c : claims) unique.putIfAbsent(key(c), c);
        return List.copyOf(unique.values());
    }

    private static String key(Claim c) {
        String base = c.about().slug() + "|" + c.provenance().evidence().begin() + "|";
        if (c instanceof QuantitativeClaim q) {
            return base + q.metricLocalName() + "|" + num(q.value()) + "|" + num(q.lower()) + "|" + num(q.upper())
                + "|" + q.unit() + "|" + q.period();
        }
        if (c instanceof ComparativeClaim k) {
            return base + "cmp|" + k.metric() + "|" + num(k.ratio()) + "|" + k.comparedTo().slug();
        }
        RelationClaim r = (RelationClaim) c;
        return "rel|" + r.about().slug() + "|" + r.relation() + "|" + r.object().slug() + "|" + c.provenance().evidence().begin();
    }

    private static String num(java.math.BigDecimal d) {
        return d == null ? "-" : d.stripTrailingZeros().toPlainString();
    }

    public static final class Builder {
        private QuantityFinder quantities;
        private FiscalCalendar fiscal = FiscalCalendar.loadDefault();

        public Builder quantityFinder(QuantityFinder finder) {
            this.quantities = Objects.requireNonNull(finder, "finder");
            return this;
        }

        public Builder fiscalCalendar(FiscalCalendar calendar) {
            this.fiscal = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        public RuleBasedClaimExtractor build() {
            if (quantities == null) throw new IllegalStateException("a QuantityFinder is required");
            return new RuleBasedClaimExtractor(this);
        }
    }
}
