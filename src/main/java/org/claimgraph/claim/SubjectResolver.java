package org.claimgraph.claim;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;

/**
 * Picks the entity a figure is about. Candidates are the sentence's organisations and products,
 * without those that only modify another noun ("X-Konkurrent", "Alphabet-Tochter"), stand in a
 * comparison complement ("als …", "than …") or name a source ("laut …", "according to …"). The
 * nearest candidate before the figure in the same clause wins, preferring the types the metric
 * is usually about (apps for user numbers, companies for share prices); otherwise the subject
 * carries over from the sentence or the article.
 */
public final class SubjectResolver {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** relational heads after a hyphen make the entity a modifier, not the subject */
    private static final Pattern MODIFIER_HEAD = Pattern.compile(
        "^-(?:konkurrent|rivale|herausforderer|alternative|tochter|mutter|gründer|chef|partner|zulieferer|kunde|nachfolger|vorgänger|investor|großaktionär)\\p{L}*", F);
    private static final Pattern CHIP_HEAD = Pattern.compile(
        "^[- ](?:gpus?|chips?|grafikprozessoren|grafikchips|prozessoren|beschleuniger\\p{L}*|accelerators?)\\b", F);
    private static final Pattern COMPLEMENT = Pattern.compile(
        "(?:\\bals\\b|\\bwie\\b|\\bthan\\b|\\bthat of\\b|\\bcompared (?:to|with)\\b|\\bgegenüber\\b|\\bvs\\.?|\\bversus\\b|\\bbehind\\b|\\bhinter\\b)[^,;]*$", F);
    /** a source names the one name right after it: "laut Reuters", "according to LSEG", "nach Angaben von OpenAI" */
    private static final Pattern SOURCE = Pattern.compile(
        "(?:\\blaut\\b|\\baccording to\\b|\\bper\\b|\\bnach angaben (?:von|des|der)\\b|\\bdata from\\b|\\bdaten von\\b"
        + "|\\b(?:compiled|polled|surveyed|gathered|tracked|aggregated) by\\b|\\b(?:analysts?|economists?|strategists?) (?:at|from)\\b|\\banalysten (?:von|der|bei)\\b|\\bumfrage (?:von|des|der)\\b)\\s+(?:\\p{L}+\\s+){0,2}$", F);
    private static final Pattern PARENTHETICAL_SPEAKER = Pattern.compile("^\\s+(?:said|says|reported|announced|sagte|teilte mit)\\s*,", F);
    /** "the LSEG SmartEstimate", "a FactSet consensus", "LSEG consensus estimates": a data provider's estimate */
    private static final Pattern SOURCE_HEAD = Pattern.compile("^\\s+(?:smartestimates?|consensus)\\b", F);
    private static final Pattern ESTIMATE_HEAD = Pattern.compile("^\\s+(?:estimates?|data|poll|survey)\\b", F);
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:\\bthe|\\ban?|\\bto)\\s+$", F);
    private static final Pattern CONSENSUS = Pattern.compile(
        "\\banalyst\\p{L}*|\\bconsensus\\b|\\bkonsens\\p{L}*|\\bexperten\\b|\\bmarktbeobachter\\b|\\bschätzungen\\b|\\bestimates\\b", F);
    private static final Pattern TICKER_AFTER = Pattern.compile("\\s*:\\s*\\p{Lu}{1,6}(?:\\.\\p{Lu})?\\s*\\)");
    private static final Pattern OWNER_GENITIVE = Pattern.compile("^(?:[’']s|s)?\\s+(?:eigene[nmrs]?\\s+)?(?:\\p{L}+-)?(?:tochter|sparte|geschäftsbereich|unit|division|segment)", F);

    public Entity resolve(SentenceView view, int figureBegin, Metric metric, Entity sentenceSubject, DocumentContext doc) {
        List<Mention> all = view.mentions().stream()
            .filter(m -> isCandidate(view, m) && !unitOfLaterClause(view, m, figureBegin) && !reporterOf(view, m, figureBegin) && !makerOfCounted(view, m, figureBegin)).toList();
        List<Mention> candidates = all.stream().filter(m -> !insideAside(view, m, figureBegin, all)).toList();
        Mention inClause = nearest(view, candidates, figureBegin, metric, true);
        if (inClause != null) return inClause.entity();
        if (sentenceSubject != null) return sentenceSubject;
        if (doc.mainOrganization() != null && groupLevel(view, figureBegin)) return doc.mainOrganization();
        if (doc.mainOrganization() != null && doc.lastSubject() != null && doc.lastSubject().type().isProduct()
            && businessLine(view)) return doc.mainOrganization();
        Mention anywhere = nearest(view, candidates, figureBegin, metric, false);
        if (anywhere != null) return anywhere.entity();
        // "Analysts had expected revenue of …": a consensus with no name is about the company's own figure
        if (CONSENSUS.matcher(view.text()).find() && doc.mainOrganization() != null) return doc.mainOrganization();
        Entity last = doc.lastSubject();
        boolean personSpeaks = view.mentions().stream().anyMatch(m -> m.entity().type() == EntityType.PERSON);
        Entity employer = employerOfPerson(view);
        if (employer != null) return employer; // "Amazon-Chef Andy Jassy kündigte an, …": Amazon's plan
        if (personSpeaks && doc.mainOrganization() != null) return doc.mainOrganization(); // "Finanzchefin X kündigte an, …"
        if (last != null && prefers(metric, last.type())) return last;
        if (doc.lastOrganization() != null && prefers(metric, EntityType.ORGANIZATION)) return doc.lastOrganization();
        return doc.mainOrganization() != null ? doc.mainOrganization() : last;
    }

    private static final Pattern ROLE_OF = Pattern.compile(
        "^(?:-(?:\\p{L}*chef\\p{L}*|gründer\\p{L}*|vorstand\\p{L}*|manager\\p{L}*)|[’']s?\\s+(?:ceo|cfo|chief \\p{L}+ officer|founder)|\\s+(?:ceo|cfo|chief \\p{L}+ officer|founder))\\s+$", F);

    /** The organisation a person of the sentence is introduced by: "Amazon-Chef Andy Jassy", "Amazon CEO Andy Jassy". */
    private static Entity employerOfPerson(SentenceView view) {
        for (Mention p : view.mentions()) {
            if (p.entity().type() != EntityType.PERSON) continue;
            for (Mention o : view.mentions()) {
                if (o.entity().type() == EntityType.ORGANIZATION && o.end() < p.begin() && p.begin() - o.end() <= 30
                    && ROLE_OF.matcher(view.text().substring(o.end(), p.begin())).find()) return o.entity();
            }
        }
        return null;
    }

    private static final Pattern GROUP_WORD = Pattern.compile("^(?:konzern|gesamt|group|total|overall)", F);

    /** "Der Konzernumsatz", "die Gesamterlöse", "group revenue": the whole company, not the unit talked about before. */
    private static boolean groupLevel(SentenceView view, int figureBegin) {
        return view.cues().stream().anyMatch(c -> c.namesMetric() && c.begin() < figureBegin
            && !view.clauseBoundaryBetween(c.begin(), figureBegin) && GROUP_WORD.matcher(c.word()).find());
    }

    private static final Pattern BUSINESS_LINE = Pattern.compile(
        "^\\s*(?:das|die|der|the|its)\\s+(?:\\p{L}+(?:geschäft|sparte|segment)|(?:\\p{L}+\\s+)?(?:business|segment|division))\\b", F);

    /**
     * "iPhone-Umsatz: … Das Servicegeschäft wuchs …": a line of business opening the sentence is no
     * part of the product talked about before; it belongs to the company.
     */
    private static boolean businessLine(SentenceView view) {
        String s = view.text();
        return BUSINESS_LINE.matcher(s).lookingAt();
    }

    /** "die Cloud-Sparte Google Cloud", "its unit AWS": a business unit introduced as such. */
    private static final Pattern UNIT_BEFORE = Pattern.compile(
        "(?:sparte|tochter|geschäftsbereich|segment|bereich|division|unit|subsidiary)\\s+$", F);

    /** "Der Umsatz stieg um 14 Prozent, die Cloud-Sparte Google Cloud steigerte …": the unit belongs to its own clause. */
    private static boolean unitOfLaterClause(SentenceView view, Mention m, int figureBegin) {
        if (m.begin() <= figureBegin) return false;
        String before = view.text().substring(Math.max(0, m.begin() - 30), m.begin());
        // "Services revenue climbed 15%, while iPhone sales were …": the name opening a contrasting clause is that clause's subject
        if (CONTRAST_OPENING.matcher(before).find()) return true;
        return view.text().substring(figureBegin, m.begin()).matches("(?s).*[,;].*") && UNIT_BEFORE.matcher(before).find();
    }

    private static final Pattern OF_BEFORE = Pattern.compile("\\b(?:of|von)\\s+$", F);
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:['’]s|s)\\s+\\p{L}", F);

    /** "600,000 of Nvidia's H100 chips": the maker of what is counted is not who has them. */
    private static boolean makerOfCounted(SentenceView view, Mention m, int figureBegin) {
        String s = view.text();
        return m.begin() > figureBegin && m.begin() - figureBegin < 30 && OF_BEFORE.matcher(s.substring(figureBegin, m.begin())).find()
            && POSSESSIVE.matcher(s.substring(m.end())).lookingAt();
    }

    private static final Pattern CONTRAST_OPENING = Pattern.compile(
        "(?:[,;]\\s*|\\s)(?:while|whereas|während|wohingegen)\\s+(?:the\\s+|its\\s+|der\\s+|die\\s+|das\\s+)?$", F);

    private static final Pattern REPORTED_AFTER = Pattern.compile("^\\s+(?:had\\s+|has\\s+)?(?:reported|announced|disclosed|cited|gave|published)\\b", F);
    private static final Pattern SEEN_BY = Pattern.compile("^\\s+(?:einsehen konnte[n]?|eingesehen hat(?:te)?|vorlieg(?:en|t)|vorlag(?:en)?|had seen|has seen|reviewed|obtained)\\b", F);
    private static final Pattern SPOKE_OF = Pattern.compile("^\\s+(?:noch\\s+|zuletzt\\s+|bereits\\s+)?von\\s+[^,;]*\\b(?:gesprochen|berichtet)\\b", F);

    /**
     * "the 400 million users Meta reported in August", "hatte Meta noch von 400 Millionen Nutzern gesprochen":
     * the company that reported a figure in a relative clause or "sprach von" is its source, the subject is
     * the one talked about.
     */
    private static boolean reporterOf(SentenceView view, Mention m, int figureBegin) {
        String s = view.text();
        if (m.begin() > figureBegin) {
            // "…, wie aus Unterlagen hervorgeht, die Reuters einsehen konnte": the one who saw the papers
            if (SEEN_BY.matcher(s.substring(m.end())).lookingAt()) return true;
            return REPORTED_AFTER.matcher(s.substring(m.end())).lookingAt() && !s.substring(figureBegin, m.begin()).contains(",");
        }
        return SPOKE_OF.matcher(s.substring(m.end())).lookingAt();
    }

    private static final Pattern SETTING_GENITIVE = Pattern.compile(
        "^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:conference|event|keynote|summit|meeting|call|blog(?: post)?|website|headquarters|campus|hearing|livestream)\\b", F);

    private static boolean isCandidate(SentenceView view, Mention m) {
        if (m.entity().type() == EntityType.PERSON) return false;
        String after = view.text().substring(m.end());
        if (MODIFIER_HEAD.matcher(after).find()) return false;
        // "said at the company's developer conference": the owner of an event or place is only the setting of the speech
        if (SETTING_GENITIVE.matcher(after).lookingAt()) return false;
        // "NVIDIA (NASDAQ: NVDA) today reported …": the exchange of a ticker is not the company
        if (TICKER_AFTER.matcher(after).lookingAt() && view.text().substring(0, m.begin()).endsWith("(")) return false;
        // "485.000 Hopper-GPUs", "H100 accelerators": the chip names the kind counted, not who has them
        if (m.entity().type().isProduct() && CHIP_HEAD.matcher(after).find()) return false;
        // "die Werbesparte der Alphabet-Tochter YouTube" → the parent's unit words point at the child
        if (OWNER_GENITIVE.matcher(after).find() && followedByEntity(view, m)) return false;
        if (introducedAsSource(view, m)) return false;
        if (ownerOfUnitBefore(view, m)) return false;
        if (ownerAfterProduct(view, m)) return false;
        if (listedExample(view.text(), m)) return false;
        // "…, Amazon said, slightly above estimates of …": the speaker of a parenthetical is not the subject after it
        if (PARENTHETICAL_SPEAKER.matcher(after).find() && view.text().substring(Math.max(0, m.begin() - 3), m.begin()).contains(",")) return false;
        if (SOURCE_HEAD.matcher(after).find() || ESTIMATE_HEAD.matcher(after).find()
            && ARTICLE_BEFORE.matcher(view.text().substring(Math.max(0, m.begin() - 6), m.begin())).find()) return false;
        if (SpeakerDetector.POLLED_BY_NAME.matcher(after).find()
            || SpeakerDetector.POLLED_BEFORE_NAME.matcher(view.text().substring(0, m.begin())).find()) return false;
        return !COMPLEMENT.matcher(view.text().substring(0, m.begin())).find();
    }

    private static final Pattern GENITIVE_LINK = Pattern.compile("\\s+(?:der|des|von|vom)\\s+(?:[\\p{L}]+-\\p{L}+\\s+)?", F);

    /** "die vergleichbare Sparte [Google Cloud] von Google": the owner after a unit is not the subject. */
    private static boolean ownerOfUnitBefore(SentenceView view, Mention m) {
        for (Mention unit : view.mentions()) {
            if (unit.end() <= m.begin() && "counterpart".equals(unit.method())
                && GENITIVE_LINK.matcher(view.text().substring(unit.end(), m.begin())).matches()) return true;
        }
        return false;
    }

    private static final Pattern EXAMPLES = Pattern.compile("(?:\\bincluding|\\bsuch as|\\bdarunter|\\beinschließlich|\\bwie etwa)\\s+", F);

    /** "across Meta's apps, including Facebook, Instagram and WhatsApp": the examples of a list are not what it is about */
    private static boolean listedExample(String text, Mention m) {
        int from = Math.max(0, m.begin() - 80);
        java.util.regex.Matcher e = EXAMPLES.matcher(text.substring(from, m.begin()));
        int end = -1;
        while (e.find()) end = from + e.end();
        return end >= 0 && text.substring(end, m.begin()).matches("[\\p{L}\\p{N}\\s.&'’-]*(?:,\\s*[\\p{L}\\p{N}\\s.&'’-]*)*")
            && !text.substring(end, m.begin()).matches("(?s).*\\b(?:is|was|were|are|has|had|ist|war|hat)\\b.*");
    }

    private static final Pattern OWNER_LINK = Pattern.compile("\\s+(?:von|vom|from|by|made by|developed by|entwickelt von)\\s+", F);

    /** "Threads von Meta", "ChatGPT from OpenAI": the owner named after a product only says whose it is. */
    private static boolean ownerAfterProduct(SentenceView view, Mention m) {
        for (Mention p : view.mentions()) {
            if (p.end() <= m.begin() && p.entity().type().isProduct()
                && OWNER_LINK.matcher(view.text().substring(p.end(), m.begin())).matches()) return true;
        }
        return false;
    }

    /** what opens a relative clause or an apposition between commas */
    private static final Pattern ASIDE_OPENER = Pattern.compile(
        "\\s*(?:which|who|whose|that|a|an|the|der|die|das|dem|den|deren|dessen|welche[rsmn]?|ein|eine|einer|einem|einen|owned|backed|founded|part of|teil)\\b", F);

    private static final Pattern POSSESSIVE_ASIDE = Pattern.compile(
        "\\s*\\p{Lu}[\\p{L}\\p{N}.&-]*(?:['’]s?\\s+\\p{Ll}|s\\s+\\p{Lu}\\p{Ll}+\\s+(?:auf|zu|für|gegen)\\b)");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("(?:'s|’s)\\s");

    /**
     * "Instagram, which is owned by Meta, has 2 billion users", "Threads, eine Tochter von Meta, hat …":
     * a name inside an aside between commas is not the subject of a figure after the aside, when a
     * name stands before it.
     */
    private static boolean insideAside(SentenceView view, Mention m, int figureBegin, List<Mention> candidates) {
        String s = view.text();
        int open = s.lastIndexOf(", ", m.begin());
        int close = s.indexOf(", ", m.end());
        if (open < 0 || close < 0 || close > figureBegin) return false;
        // "Reality Labs, Meta's metaverse division, posted …": an apposition opened by an owner's name
        boolean possessive = s.substring(open + 1, m.begin()).isBlank() && POSSESSIVE_AFTER.matcher(s.substring(m.end())).lookingAt();
        boolean opener = possessive || ASIDE_OPENER.matcher(s.substring(open + 1, m.begin())).lookingAt()
            || POSSESSIVE_ASIDE.matcher(s.substring(open + 1, close)).lookingAt(); // "Threads, Meta's answer to X, has …"
        if (!opener) return false;
        return candidates.stream().anyMatch(o -> o.end() <= open);
    }

    /** "laut Reuters", "nach Angaben von OpenAI" — but not Tesla in "Laut Reuters beschäftigt Tesla …". */
    private static boolean introducedAsSource(SentenceView view, Mention m) {
        int from = Math.max(0, m.begin() - 40);
        java.util.regex.Matcher s = SOURCE.matcher(view.text().substring(from, m.begin()));
        if (!s.find()) return false;
        int cueEnd = from + s.start();
        return view.mentions().stream().noneMatch(o -> o != m && o.begin() >= cueEnd && o.end() <= m.begin());
    }

    private static boolean followedByEntity(SentenceView view, Mention m) {
        for (Mention other : view.mentions()) {
            if (other.begin() > m.end() && other.begin() - m.end() < 40 && other.entity().type() != EntityType.PERSON) return true;
        }
        return false;
    }

    private static Mention nearest(SentenceView view, List<Mention> candidates, int figureBegin, Metric metric, boolean sameClause) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : candidates) {
            if (sameClause && view.clauseBoundaryBetween(m.begin(), figureBegin)) continue;
            int distance = m.end() <= figureBegin ? figureBegin - m.end() : 2 * (m.begin() - figureBegin) + 40;
            if (!prefers(metric, m.entity().type())) distance += 400;
            if (distance < bestScore) {
                bestScore = distance;
                best = m;
            }
        }
        return best;
    }

    /** Whether figures of this metric are usually about entities of this type. */
    static boolean prefers(Metric metric, EntityType type) {
        if (metric == null) return true;
        return switch (metric) {
            case DAILY_ACTIVE_USERS, WEEKLY_ACTIVE_USERS, MONTHLY_ACTIVE_USERS, USERS -> type.isProduct() || type == EntityType.ORGANIZATION;
            case SHARE_PRICE, MARKET_CAPITALIZATION, EARNINGS_PER_SHARE, DIVIDEND_PER_SHARE, SHARE_BUYBACK, EMPLOYEES,
                 CAPITAL_EXPENDITURE, NET_INCOME, OPERATING_INCOME, GROSS_MARGIN -> type == EntityType.ORGANIZATION;
            case PARAMETER_COUNT, TRAINING_TOKENS -> type == EntityType.AI_MODEL || type == EntityType.PRODUCT;
            default -> type != EntityType.PERSON;
        };
    }
}
