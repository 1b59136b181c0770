package org.claimgraph.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;

/**
 * Finds who a figure is attributed to: "laut X", "X zufolge", "according to X", "sagte X",
 * "X said", "X betonte, dass", ", so X". "Den Angaben zufolge", "nach eigenen Angaben" and
 * "the company said" attribute the figure to the company it is about.
 */
public final class SpeakerDetector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** cue, then the speaker right after it */
    private static final Pattern BEFORE_SPEAKER = Pattern.compile(
        "\\blaut\\b|\\bnach angaben\\b|\\baccording to\\b|\\bsagte\\b|\\bsagt\\b|\\berklärte\\b|\\bbetonte\\b|\\bso\\b(?=\\s+(?-i:\\p{Lu}))"
        + "|\\b(?:compiled|polled|surveyed|gathered) by\\b|\\b(?:analysts?|economists?|strategists?) at\\b"
        + "|\\bsaid\\b|\\bsays\\b|\\btold\\b|\\bwrote\\b|\\bschrieb\\b(?![^,;.:]{0,40}\\b(?:rote|schwarze)[n]?\\s+zahlen\\b)|\\bteilte\\b|\\bkündigte\\b", F);
    /** verb-second after a fronted phrase: "Für das Quartal stellte Finanzchefin X … in Aussicht", "erwartet Konzernchef Y" */
    private static final Pattern INVERTED_VERB = Pattern.compile(
        "\\b(?:stellte|stellt|erwartet|erwartete|rechnet|rechnete|prognostizierte|bezifferte|kündigte)\\b", F);
    /** speaker, then the cue right after it */
    private static final Pattern AFTER_SPEAKER = Pattern.compile(
        "^(?:[’']s?)?\\s*(?:\\p{L}+\\s+){0,3}?(?:zufolge|said|says|told|stated|reported|announced|noted|added|expects|estimates|forecast|guided|guides|projected|sagte|sagt|erklärte|erklärt|betonte|betont|teilte|kündigte|bestätigte|meldete|berichtete|rechnet|erwartet|schätzt)\\b", F);
    private static final Pattern OWN_STATEMENT = Pattern.compile(
        "den angaben zufolge|nach eigenen angaben|eigenen angaben zufolge|nach angaben des (?:unternehmens|konzerns)|nach unternehmensangaben|wie (?:das unternehmen|der konzern) mitteilte"
        + "|the company (?:said|says|reported|announced)|in a statement|said in a statement|company said|,\\s*saying (?:it|that)\\b|,\\s*it (?:said|says|added)\\b|^it (?:said|says|expects|expected|forecast|projected|sees|reported)\\b"
        // "teilte das Unternehmen am Mittwoch mit", "teilte der Chipkonzern in Seoul mit"
        + "|teilte (?:das unternehmen|der \\p{L}*konzern|die firma|der hersteller)(?:\\s+[\\p{L}\\d.]+){0,4}?\\s+mit\\b", F);

    private static final Pattern EXPECTATION = Pattern.compile(
        "\\b(?:expected|estimated|forecast|projected|consensus|estimates?|analysts?|erwartet|gerechnet|geschätzt|prognostiziert|konsens|analyst\\p{L}*)\\b", F);
    private static final Pattern SOURCE_OF_ESTIMATES = Pattern.compile(
        "^\\W*(?:according to|laut|nach)\\s+(?:\\p{L}+\\s+)?(?:estimates|schätzungen)\\s+(?:from|by|of|von|des|der)\\b", F);
    private static final Pattern CONTRAST = Pattern.compile(",\\s*(?:while|whereas|während|wohingegen)\\b", F);
    /** a comma between clauses, not the one of "73,9" */
    private static final Pattern CLAUSE_COMMA = Pattern.compile(",(?!\\d)");

    /**
     * The source after the figure belongs to an expectation: one with its own figure in between
     * ("…, ahead of the $75.5 billion analysts had expected, according to LSEG"), or the clause
     * the source stands in ("…, Analysten hatten laut LSEG mit 73,9 Milliarden gerechnet").
     */
    private static boolean sourcesAnotherExpectation(String s, int figureEnd, int cueBegin) {
        String between = s.substring(figureEnd, cueBegin);
        if (EXPECTATION.matcher(between).find() && between.chars().anyMatch(Character::isDigit)) return true;
        Matcher comma = CLAUSE_COMMA.matcher(between);
        int clauseBegin = -1;
        while (comma.find()) clauseBegin = comma.start();
        if (clauseBegin < 0) return false;
        Matcher next = CLAUSE_COMMA.matcher(s);
        int clauseEnd = next.find(cueBegin) ? next.start() : s.length();
        String clause = s.substring(figureEnd + clauseBegin, clauseEnd);
        // "…, according to estimates from Sensor Tower": the estimates are this figure's, and so is the source
        if (SOURCE_OF_ESTIMATES.matcher(clause).find()) return false;
        return EXPECTATION.matcher(clause).find();
    }

    /** A German guidance verb closing the clause: "Das Unternehmen hatte 15 Milliarden Dollar angepeilt". */
    private static final Pattern FINAL_GUIDANCE = Pattern.compile(
        "\\b(?:angepeilt|prognostiziert|veranschlagt|avisiert|vorhergesagt|in aussicht gestellt)\\b", F);

    /**
     * The speaker of a figure at sentence offsets figureBegin..figureEnd, or null.
     *
     * @param mentions the sentence's mentions, offsets relative to the sentence
     * @param subject  the entity the figure is about (speaker for the company's own statements)
     */
    public Entity detect(String sentence, List<Mention> mentions, int figureBegin, Entity subject) {
        return detect(sentence, mentions, figureBegin, figureBegin, subject);
    }

    /**
     * As {@link #detect(String, List, int, Entity)}; knowing where the figure ends, a source named
     * after an expectation that holds a figure of its own ("$77.7 billion, ahead of the $75.5
     * billion analysts had expected, according to LSEG") is left to that expectation.
     */
    public Entity detect(String sentence, List<Mention> mentions, int figureBegin, int figureEnd, Entity subject) {
        Entity inserted = insertedPersonSpeech(sentence, mentions, figureEnd);
        if (inserted != null) return inserted;
        Matcher m = BEFORE_SPEAKER.matcher(sentence);
        Entity best = null;
        while (m.find()) {
            if (isSentenceWide(m.group()) && m.start() > figureEnd && sourcesAnotherExpectation(sentence, figureEnd, m.start())) continue;
            // "Meta has said it will …, while Microsoft bought …": the contrasted clause is not what was said
            if (m.end() <= figureBegin && CONTRAST.matcher(sentence.substring(m.end(), figureBegin)).find()) continue;
            Mention before = speakerRightBefore(sentence, mentions, m.start());
            if (before != null && isVerb(m.group()) && (m.start() < figureBegin || trailing(sentence, m.end()))) return before.entity();
            Mention after = firstSpeakerAfter(sentence, mentions, m.end());
            if (after == null) continue;
            boolean saidBeforeFigure = m.start() < figureBegin;
            // "Analysts polled by FactSet had expected …; the company reported …": a pollster speaks for its own clause
            if (m.group().toLowerCase().endsWith(" by") && sentence.substring(Math.min(m.end(), figureBegin), Math.max(m.end(), figureBegin)).contains(";")) continue;
            boolean sentenceWide = isSentenceWide(m.group());
            if (sentenceWide || saidBeforeFigure || after.begin() > figureBegin) best = after.entity();
        }
        if (best != null) return best;
        Entity inverted = personAfterInvertedVerb(sentence, mentions, figureBegin);
        if (inverted != null) return inverted;
        for (Mention mention : mentions) {
            if (!canSpeak(mention.entity())) continue;
            Matcher after = AFTER_SPEAKER.matcher(sentence.substring(mention.end()));
            if (mention.end() <= figureBegin && CONTRAST.matcher(sentence.substring(mention.end(), figureBegin)).find()) continue;
            if (after.find()) {
                // "X said revenue was …": the speaker's verb must come before the figure, or close the sentence ("…, The Information reported.")
                if (mention.end() <= figureBegin || "zufolge".equalsIgnoreCase(nextWord(sentence, mention.end()))
                    || mention.begin() >= figureEnd && trailing(sentence, mention.end() + after.end())
                    && sentence.substring(figureEnd, mention.begin()).matches("(?s)[^,;]*,\\s*(?:\\p{Lu}\\p{L}*\\s+)?")) return mention.entity();
            }
        }
        Entity coordinated = subjectOfCoordinatedGuidance(sentence, mentions, figureBegin);
        if (coordinated != null) return coordinated;
        for (Mention mention : mentions) {
            // "Von LSEG befragte Analysten", "analysts polled by LSEG": the pollster is the source — of its clause only
            boolean ownClause = !sentence.substring(Math.min(mention.end(), figureBegin), Math.max(mention.end(), figureBegin)).contains(";")
                // "50 cents, compared with the 54-cent average of estimates compiled by Bloomberg": the pollster's is the estimate
                && !(mention.begin() > figureEnd && sourcesAnotherExpectation(sentence, figureEnd, mention.begin()));
            if (canSpeak(mention.entity()) && ownClause && (POLLED_BY_NAME.matcher(sentence.substring(mention.end())).find()
                || POLLED_BEFORE_NAME.matcher(sentence.substring(0, mention.begin())).find())) return mention.entity();
        }
        if (SPOKESPERSON.matcher(sentence).find() && subject != null && subject.type() == EntityType.ORGANIZATION) return subject;
        Entity announcer = announcer(sentence, mentions, subject);
        if (announcer != null) return announcer;
        Entity guiding = subjectOfFinalGuidance(sentence, mentions, figureBegin);
        if (guiding != null) return guiding;
        Matcher own = OWN_STATEMENT.matcher(sentence);
        if (own.find() && (own.start() < figureBegin || trailing(sentence, own.end())) && subject != null
            && subject.type() == EntityType.ORGANIZATION) return subject;
        return null;
    }

    /** A person right after a German verb-second guidance verb before the figure (a company there is only the subject). */
    private static Entity personAfterInvertedVerb(String s, List<Mention> mentions, int figureBegin) {
        Matcher v = INVERTED_VERB.matcher(s);
        while (v.find() && v.end() <= figureBegin) {
            if (speakerRightBefore(s, mentions, v.start()) != null) continue;
            Mention after = firstSpeakerAfter(s, mentions, v.end());
            if (after != null && after.entity().type() == EntityType.PERSON && after.end() <= figureBegin) return after.entity();
        }
        return null;
    }

    /** "sagte ein Unternehmenssprecher", "a company spokesperson said": the company speaks. */
    private static final Pattern SPOKESPERSON = Pattern.compile(
        "\\b(?:ein|eine)\\s+(?:unternehmens|konzern|firmen)?sprecher(?:in)?\\b|\\b(?:a|the) (?:company )?spokes(?:person|man|woman)\\b", F);
    static final Pattern POLLED_BY_NAME = Pattern.compile("^\\s+(?:befragte[n]?|zusammengetragene[n]?|erhobene[n]?)\\s+(?:analyst|expert|marktbeobacht)", F);
    static final Pattern POLLED_BEFORE_NAME = Pattern.compile("\\b(?:polled|surveyed|compiled|tracked) by\\s+$", F);

    /** "…, wie das Dax-Schwergewicht am Dienstag mitteilte", "Wie Bloomberg berichtete, …": a clause naming who announced it. */
    private static final Pattern AS_ANNOUNCED = Pattern.compile(
        "\\bwie\\s+(?!auch\\b|erwartet\\b)[^,;.!?\"“”]{1,80}?\\b(?:mitteilte|mitteilt|mitgeteilt hat|bekanntgab|bekannt gab|meldete|berichtete|verkündete|angab|bestätigte"
        + "|hervorgeht|hervorging)\\b", F);

    /** The speaker of an "as announced" clause: the person or organisation named in it, else the company the figure is about. */
    private static Entity announcer(String s, List<Mention> mentions, Entity subject) {
        Matcher m = AS_ANNOUNCED.matcher(s);
        if (!m.find()) return null;
        for (Mention mention : mentions) {
            if (canSpeak(mention.entity()) && mention.begin() >= m.start() && mention.end() <= m.end()) return mention.entity();
        }
        return subject != null && subject.type() == EntityType.ORGANIZATION ? subject : null;
    }

    /**
     * In a German verb-final clause the guidance verb follows the figure, so the speaker is the
     * clause's subject: the company or person named before the figure, with no clause break between.
     */
    private static Entity subjectOfFinalGuidance(String s, List<Mention> mentions, int figureBegin) {
        Matcher verb = FINAL_GUIDANCE.matcher(s);
        if (!verb.find(figureBegin)) return null;
        Mention subject = null;
        for (Mention m : mentions) {
            if (m.end() <= figureBegin && canSpeak(m.entity())) subject = m;
        }
        // a clause break, not the decimal comma of "11,9 Milliarden"
        if (subject == null || s.substring(subject.end(), verb.start()).matches("(?s).*(?:,(?!\\d)|[;:]).*")) return null;
        return subject.entity();
    }

    private static final Pattern COORDINATED_GUIDANCE = Pattern.compile(
        "\\b(?:und|and)\\s+(?:erwartet|rechnet|prognostiziert|expects|forecasts?|sees|projects|guided)\\b", F);

    /** "Für 2026 rechnet Meta mit …": German inversion puts the company right after its guidance verb. */
    private static final Pattern INVERTED_GUIDANCE = Pattern.compile(
        "\\b(?:rechnet|rechnen|erwartet|erwarten|prognostiziert|kalkuliert|plant|veranschlagt)\\s+(?:der\\s+|die\\s+|das\\s+)?(?:[\\p{L}-]+\\s+)?$", F);

    private static Entity subjectOfInvertedGuidance(String s, List<Mention> mentions, int figureBegin) {
        for (Mention m : mentions) {
            if (m.end() > figureBegin || !canSpeak(m.entity()) || m.begin() == 0) continue;
            String before = s.substring(0, m.begin());
            if (INVERTED_GUIDANCE.matcher(before).find() && before.strip().contains(" ")) return m.entity();
        }
        return null;
    }

    /** "Netflix legte Zahlen vor und erwartet …", "X beat estimates and expects …": the first verb's subject guides. */
    private static Entity subjectOfCoordinatedGuidance(String s, List<Mention> mentions, int figureBegin) {
        Entity inverted = subjectOfInvertedGuidance(s, mentions, figureBegin);
        if (inverted != null) return inverted;
        Matcher verb = COORDINATED_GUIDANCE.matcher(s);
        if (!verb.find() || verb.start() > figureBegin) return null;
        Mention first = null;
        for (Mention m : mentions) if (m.begin() < verb.start() && (first == null || m.begin() < first.begin())) first = m;
        if (first == null || !canSpeak(first.entity()) || !s.substring(0, first.begin()).isBlank()) return null;
        for (Mention m : mentions) {
            if (m != first && m.begin() < verb.start() && canSpeak(m.entity())) return null; // another actor in between
        }
        return first.entity();
    }

    /** "Amazon CEO Andy Jassy said": the speaker stands right before the verb. */
    private static Mention speakerRightBefore(String s, List<Mention> mentions, int verbStart) {
        for (Mention m : mentions) {
            if (canSpeak(m.entity()) && m.end() <= verbStart && s.substring(m.end(), verbStart).strip().length() <= 1) return m;
            // "Nick Turley, OpenAI's head of ChatGPT, said": a person with the apposition of their role
            if (m.entity().type() == EntityType.PERSON && m.end() <= verbStart && APPOSITION.matcher(s.substring(m.end(), verbStart)).matches()) return m;
        }
        return null;
    }

    private static final Pattern APPOSITION = Pattern.compile(",\\s[^,;:.()\"“”]{3,70},\\s*");

    private static boolean isVerb(String cue) {
        return !isSentenceWide(cue);
    }

    /** "…, CFO Anat Ashkenazi said." — the verb closes the sentence, so the whole sentence is attributed. */
    /**
     * "…800 million users, Chief Executive Sam Altman said at a conference, up from …": a person's speech clause
     * set off by a comma right after the figure's clause speaks for that figure, with its own adverbials.
     */
    private static Entity insertedPersonSpeech(String sentence, List<Mention> mentions, int figureEnd) {
        for (Mention mention : mentions) {
            if (mention.entity().type() == EntityType.PERSON && mention.begin() >= figureEnd
                && SPEECH_VERB.matcher(sentence.substring(mention.end())).lookingAt()
                && SPEECH_TAIL.matcher(sentence.substring(mention.end())).lookingAt()
                && sentence.substring(figureEnd, mention.begin()).matches("(?s)[^,;\\d]*,\\s*(?:(?:the\\s+)?\\p{L}+['’]s\\s+)?(?:\\p{L}+\\s+){0,3}")) return mention.entity();
        }
        return null;
    }

    private static final Pattern SPEECH_VERB = Pattern.compile("\\s+(?:said|says|told|noted|added|wrote)\\b", F);
    private static final Pattern SPEECH_TAIL = Pattern.compile("\\s+\\p{L}+[^,;\\d]*(?:[,;]|[.!?“”\"]*\\s*$)", F);

    private static boolean trailing(String s, int verbEnd) {
        return s.substring(verbEnd).matches("(?s)(?:\\s*(?:on \\p{L}+|am \\p{L}+|\\p{L}+ analysts|analysts|investors|reporters|in a statement|in an interview"
            + "|(?:last|this|earlier this|next) (?:week|month|year|quarter)|yesterday|today|earlier"
            + "|on (?:a|an|the) (?:\\p{L}+ )?call|in a (?:\\p{L}+ )?call|in a (?:blog )?post|in a filing|\\p{Lu}\\p{L}+day))*\\s*[.!?“”\"]*\\s*$");
    }

    private static boolean isSentenceWide(String cue) {
        String c = cue.toLowerCase();
        return c.equals("laut") || c.equals("according to") || c.equals("nach angaben") || c.equals("so") || c.endsWith(" by") || c.endsWith(" at");
    }

    private static Mention firstSpeakerAfter(String s, List<Mention> mentions, int offset) {
        for (Mention m : mentions) {
            if (m.begin() < offset || !canSpeak(m.entity())) continue;
            Mention titled = personAfterTitle(s, mentions, m);
            if (titled != null) m = titled;
            String gap = s.substring(offset, m.begin());
            // role words and titles may stand between cue and name: "laut Finanzchefin Susan Li"
            if (gap.strip().split("\\s+").length <= 3 && !gap.matches(".*[,;:.].*")) return m;
            return null;
        }
        return null;
    }

    /** "Alphabet-Chef Sundar Pichai", "Meta-Finanzchefin Susan Li": the company names the person's title. */
    private static Mention personAfterTitle(String s, List<Mention> mentions, Mention org) {
        if (org.entity().type() != EntityType.ORGANIZATION || !s.startsWith("-", org.end())) return null;
        for (Mention p : mentions) {
            if (p.entity().type() == EntityType.PERSON && p.begin() > org.end() && p.begin() - org.end() <= 25
                && s.substring(org.end(), p.begin()).matches("-\\p{L}+\\s+")) return p;
        }
        return null;
    }

    private static boolean canSpeak(Entity e) {
        return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
    }

    private static String nextWord(String s, int offset) {
        String rest = s.substring(offset).strip();
        int sp = rest.indexOf(' ');
        return sp < 0 ? rest : rest.substring(0, sp);
    }
}
