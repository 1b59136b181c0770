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
    private static final Pattern COMPLEMENT = Pattern.compile(
        "(?:\\bals\\b|\\bwie\\b|\\bthan\\b|\\bthat of\\b|\\bcompared (?:to|with)\\b|\\bgegenüber\\b|\\bvs\\.?|\\bversus\\b|\\bbehind\\b|\\bhinter\\b)[^,;]*$", F);
    /** a source names the one name right after it: "laut Reuters", "according to LSEG", "nach Angaben von OpenAI" */
    private static final Pattern SOURCE = Pattern.compile(
        "(?:\\blaut\\b|\\baccording to\\b|\\bper\\b|\\bnach angaben (?:von|des|der)\\b|\\bdata from\\b|\\bdaten von\\b)\\s+(?:\\p{L}+\\s+){0,2}$", F);
    private static final Pattern OWNER_GENITIVE = Pattern.compile("^(?:[’']s|s)?\\s+(?:eigene[nmrs]?\\s+)?(?:\\p{L}+-)?(?:tochter|sparte|geschäftsbereich|unit|division|segment)", F);

    public Entity resolve(SentenceView view, int figureBegin, Metric metric, Entity sentenceSubject, DocumentContext doc) {
        List<Mention> candidates = view.mentions().stream()
            .filter(m -> isCandidate(view, m) && !unitOfLaterClause(view, m, figureBegin)).toList();
        Mention inClause = nearest(view, candidates, figureBegin, metric, true);
        if (inClause != null) return inClause.entity();
        if (sentenceSubject != null) return sentenceSubject;
        if (doc.mainOrganization() != null && groupLevel(view, figureBegin)) return doc.mainOrganization();
        Mention anywhere = nearest(view, candidates, figureBegin, metric, false);
        if (anywhere != null) return anywhere.entity();
        Entity last = doc.lastSubject();
        boolean personSpeaks = view.mentions().stream().anyMatch(m -> m.entity().type() == EntityType.PERSON);
        if (personSpeaks && doc.mainOrganization() != null) return doc.mainOrganization(); // "Finanzchefin X kündigte an, …"
        if (last != null && prefers(metric, last.type())) return last;
        if (doc.lastOrganization() != null && prefers(metric, EntityType.ORGANIZATION)) return doc.lastOrganization();
        return doc.mainOrganization() != null ? doc.mainOrganization() : last;
    }

    private static final Pattern GROUP_WORD = Pattern.compile("^(?:konzern|gesamt|group|total|overall)", F);

    /** "Der Konzernumsatz", "die Gesamterlöse", "group revenue": the whole company, not the unit talked about before. */
    private static boolean groupLevel(SentenceView view, int figureBegin) {
        return view.cues().stream().anyMatch(c -> c.namesMetric() && c.begin() < figureBegin
            && !view.clauseBoundaryBetween(c.begin(), figureBegin) && GROUP_WORD.matcher(c.word()).find());
    }

    /** "die Cloud-Sparte Google Cloud", "its unit AWS": a business unit introduced as such. */
    private static final Pattern UNIT_BEFORE = Pattern.compile(
        "(?:sparte|tochter|geschäftsbereich|segment|bereich|division|unit|subsidiary)\\s+$", F);

    /** "Der Umsatz stieg um 14 Prozent, die Cloud-Sparte Google Cloud steigerte …": the unit belongs to its own clause. */
    private static boolean unitOfLaterClause(SentenceView view, Mention m, int figureBegin) {
        return m.begin() > figureBegin && view.text().substring(figureBegin, m.begin()).matches("(?s).*[,;].*")
            && UNIT_BEFORE.matcher(view.text().substring(Math.max(0, m.begin() - 30), m.begin())).find();
    }

    private static boolean isCandidate(SentenceView view, Mention m) {
        if (m.entity().type() == EntityType.PERSON) return false;
        String after = view.text().substring(m.end());
        if (MODIFIER_HEAD.matcher(after).find()) return false;
        // "der Geschäftsbereich der Alphabet-Tochter Google" → the parent's unit words point at the child
        if (OWNER_GENITIVE.matcher(after).find() && followedByEntity(view, m)) return false;
        if (introducedAsSource(view, m)) return false;
        if (SpeakerDetector.POLLED_BY_NAME.matcher(after).find()
            || SpeakerDetector.POLLED_BEFORE_NAME.matcher(view.text().substring(0, m.begin())).find()) return false;
        return !COMPLEMENT.matcher(view.text().substring(0, m.begin())).find();
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
