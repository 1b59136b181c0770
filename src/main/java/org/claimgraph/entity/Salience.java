package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.text.Sentence;
import org.claimgraph.text.TextDocument;

/**
 * Which organisation a description like "the company" most likely means: the article's main
 * organisation (most mentioned in its first sentences) when no other organisation stands in the
 * same sentence, else the nearest one before it.
 */
final class Salience {

    private final TextDocument document;
    private final List<Mention> organisations = new ArrayList<>();
    private final Entity main;
    private final List<Entity> headline;

    /**
     * @param headline organisations named in a headline that is not part of the text; they count
     *                 towards the main organisation like mentions in the lead
     */
    Salience(TextDocument document, List<Mention> mentions, int leadSentences, Entity agency, List<Entity> headline) {
        this.document = document;
        this.headline = headline;
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.ORGANIZATION && !m.entity().equals(agency)) organisations.add(m);
        }
        organisations.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        this.main = main(leadSentences);
    }

    Entity main() {
        return main;
    }

    private Entity main(int leadSentences) {
        int leadEnd = leadEnd(leadSentences);
        Entity best = mostMentioned(leadEnd);
        if (best != null) return best;
        // no organisation in the lead: take one the whole article keeps returning to
        Map<String, Integer> counts = new LinkedHashMap<>();
        Entity top = null;
        int topCount = 1;
        for (Mention m : organisations) {
            int c = counts.merge(m.entity().slug(), 1, Integer::sum);
            if (c > topCount) {
                top = m.entity();
                topCount = c;
            }
        }
        return top;
    }

    private int leadEnd(int leadSentences) {
        List<Sentence> s = document.sentences();
        if (s.isEmpty()) return Math.min(document.text().length(), 400);
        return s.get(Math.min(leadSentences, s.size()) - 1).end();
    }

    private Entity mostMentioned(int leadEnd) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Entity> bySlug = new LinkedHashMap<>();
        for (Entity e : headline) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            counts.merge(e.slug(), 1, Integer::sum);
            bySlug.putIfAbsent(e.slug(), e);
        }
        for (Mention m : organisations) {
            if (m.begin() >= leadEnd) break;
            if (modifiesNextName(m)) continue;
            counts.merge(m.entity().slug(), 1, Integer::sum);
            bySlug.putIfAbsent(m.entity().slug(), m.entity());
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        return best == null ? null : bySlug.get(best);
    }

    private static final java.util.regex.Pattern COMPOUND_TAIL = java.util.regex.Pattern.compile("^(?:-\\p{L}+|['’]s\\s+\\p{Ll}+)\\s+");

    /** "Der Google-Mutterkonzern Alphabet", "Google's parent Alphabet": the first name only describes the second. */
    private boolean modifiesNextName(Mention m) {
        java.util.regex.Matcher tail = COMPOUND_TAIL.matcher(document.text().substring(m.end()));
        if (!tail.lookingAt()) return false;
        int next = m.end() + tail.end();
        return organisations.stream().anyMatch(o -> o.begin() == next);
    }

    /** The organisation a description at {@code offset} refers to, or null when none came before. */
    /**
     * As {@link #antecedent(int)}, for a description that names a kind of company ("the chipmaker",
     * "the carmaker"): opening a sentence with no company of its own, it takes up the one company the
     * sentence before is about, even when that is not the article's main one.
     */
    Entity antecedent(int offset, boolean kindOfCompany) {
        Sentence s = document.sentenceAt(offset);
        if (kindOfCompany && s != null && s.index() > 0 && offset - s.begin() <= 4) {
            Sentence before = document.sentences().get(s.index() - 1);
            java.util.Set<Entity> there = new java.util.LinkedHashSet<>();
            boolean own = false;
            for (Mention m : organisations) {
                if (before.contains(m.begin())) there.add(m.entity());
                own |= s.contains(m.begin());
            }
            if (!own && there.size() == 1) return there.iterator().next();
        }
        return antecedent(offset);
    }

    Entity antecedent(int offset) {
        Sentence s = document.sentenceAt(offset);
        Entity nearestInSentence = null;
        java.util.Set<String> units = new java.util.HashSet<>();
        boolean mainInSentence = false;
        Entity nearest = null;
        for (Mention m : organisations) {
            if (m.begin() >= offset) break;
            // "Analysts surveyed by FactSet …; the company reported …": a data source is not what the text goes on about
            if (s != null && s.contains(m.begin()) && SOURCE_BEFORE.matcher(document.text().substring(Math.max(s.begin(), m.begin() - 30), m.begin())).find()) continue;
            nearest = m.entity();
            if (s != null && s.contains(m.begin())) {
                nearestInSentence = m.entity();
                if (UNIT_BEFORE.matcher(document.text().substring(Math.max(s.begin(), m.begin() - 30), m.begin())).find()) units.add(m.entity().slug());
                mainInSentence |= m.entity().equals(main);
            }
        }
        if (mainInSentence) return main;
        // "der Umsatz der Cloud-Sparte AWS …, teilte der Konzern mit": the group, not its unit
        if (nearestInSentence != null && units.contains(nearestInSentence.slug()) && main != null) return main;
        if (nearestInSentence != null) return nearestInSentence;
        Entity previous = onlyOtherInPreviousSentence(s);
        if (previous != null) return previous;
        return main != null ? main : nearest;
    }

    private static final java.util.regex.Pattern SOURCE_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\b(?:polled|surveyed|compiled|tracked|gathered) by|\\baccording to|\\bdata from|\\blaut|\\bnach angaben von)\\s+$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static final java.util.regex.Pattern UNIT_BEFORE = java.util.regex.Pattern.compile(
            "(?:sparte|tochter|geschäftsbereich|segment|division|unit|subsidiary)\\s+$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** Only a determiner or preposition before the name: the organisation is what the sentence is about. */
    private static final java.util.regex.Pattern SENTENCE_OPENING = java.util.regex.Pattern.compile(
            "\\s*(?:(?:der|die|das|des|dem|den|bei|beim|für|auch|the|at|for|in|im)\\s+)?",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * "Microsoft steigerte den Umsatz … Der Börsenwert des Konzerns …": a description right after a
     * sentence that opens with another organisation, and does not name the main one, continues that organisation.
     */
    private Entity onlyOtherInPreviousSentence(Sentence current) {
        if (current == null || main == null) return null;
        Sentence previous = null;
        for (Sentence x : document.sentences()) {
            if (x.begin() >= current.begin()) break;
            previous = x;
        }
        if (previous == null) return null;
        Entity opening = null;
        for (Mention m : organisations) {
            if (!previous.contains(m.begin()) || modifiesNextName(m)) continue;
            if (m.entity().equals(main)) return null;
            String before = document.text().substring(previous.begin(), m.begin());
            if (opening == null && SENTENCE_OPENING.matcher(before).matches()) opening = m.entity();
        }
        return opening;
    }
}
