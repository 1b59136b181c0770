package org.claimgraph.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ingest.Language;
import org.claimgraph.ingest.PublicationDate;

/**
 * Decides whether a figure is reported, forecast, planned or estimated. Precedence: an estimate
 * word close to the figure ("analyst expectations of", "Schätzungen zufolge", "dürfte") beats a plan
 * ("plant", "will" in German, "plans to") which beats a forecast ("erwartet", "wird", "expects",
 * "will"). German "soll/sollen" is hearsay for a period that is over and a forecast otherwise.
 */
public final class ModalityDetector {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** estimate words that qualify the figure next to them (window around the figure) */
    private static final Pattern LOCAL_ESTIMATE = Pattern.compile(
        "analyst\\p{L}*|erwartung\\p{L}*|expectations?|estimates?|projections?|consensus|konsens\\p{L}*"
        + "|schätzung\\p{L}*|prognosen? der|experten|beobachter|had expected|hatten? erwartet|erwartet worden"
        + "|erwartet (?:waren|war|gewesen)\\b|\\b(?:waren|war) erwartet|\\b(?:erwartet|expected):", F);
    private static final Pattern ESTIMATE = Pattern.compile(
        "\\bdürfte[n]?\\b|schätzungen zufolge|\\baccording to (?:\\p{L}+\\s+)?estimates\\b|\\b(?:laut|nach) (?:\\p{L}+\\s+)?schätzungen\\b|schätzungsweise|\\bvermutlich\\b|\\bmutmaßlich\\b|\\bgeschätzt\\p{L}*"
        + "|\\ban estimated\\b|\\bis estimated\\b|\\bare estimated\\b|\\blikely\\b|\\bprobably\\b", F);
    private static final Pattern PLAN_DE = Pattern.compile(
        "\\bwill\\b|\\bwollen\\b|\\bgeplant\\p{L}*|\\bwolle\\b|\\bkündigt\\p{L}*\\s+an\\b|\\bkündigt\\p{L}*\\s[^.;:,]{0,50}?\\ban(?=\\s*,)|\\bangekündigt\\b|\\bwollte[n]?\\b|\\bplan\\p{L}*|beabsichtig\\p{L}*|\\bvorgesehen\\b|angepeilt|anpeilen|\\bpeilt\\b|\\bziel\\p{L}*|\\bvorhaben\\b", F);
    private static final Pattern PLAN_EN = Pattern.compile(
        "^(?!(?:According|Due|Thanks|Owing|Prior|Next|Close|Compared|Contrary|Back|Up|Down|Similar|Relative|Subject)\\b)(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){1,3}to\\s+(?!be\\b)\\p{Ll}+|\\bplan(?:s|ned|ning)?\\b|\\bintends?\\b|\\baims? to\\b|\\btarget(?:s|ed|ing)?\\b|\\bwants? to\\b|\\bcommitted to\\b|\\bset aside\\b|\\bbudget(?:s|ed)?\\b", F);
    private static final Pattern FORECAST_DE = Pattern.compile(
        "\\bwird\\b|\\bwerden\\b|\\bkönnte[n]?\\b|\\berwarte\\p{L}*|\\brechne\\p{L}*\\b|\\bgerechnet\\b|\\bprognos\\p{L}*|\\bausblick\\p{L}*|in aussicht|\\bpotenzial\\p{L}*"
        + "|\\bkünftig\\p{L}*|\\bkünftig\\b|\\bzukünftig\\p{L}*|\\bvoraussichtlich\\b|\\bstellt\\p{L}* in aussicht", F);
    private static final Pattern FORECAST_EN = Pattern.compile(
        "\\bwill\\b|\\bwould\\b|\\bexpect\\p{L}*|\\bguid(?:ed|es|ing)\\b|\\bforecast\\p{L}*|\\bguidance\\b|\\boutlook\\b|\\bprojects?\\b|\\bprojected\\b|\\banticipat\\p{L}*"
        + "|\\bsees\\b|\\bcould\\b|\\bmight\\b|\\bpotential\\b|\\bis set to\\b|\\bon track to\\b|\\bpredict\\p{L}*", F);
    private static final Pattern POTENTIAL = Pattern.compile("\\bpotenzial\\p{L}*|\\bpotential\\b", F);
    private static final Pattern HEARSAY_DE = Pattern.compile("\\bsoll(?:en|te|ten)?\\b", F);
    private static final Pattern PAST_DE = Pattern.compile(
        "\\bhatte[n]?\\b|\\bwar(?:en)?\\b|\\bwurde[n]?\\b|\\bstieg\\p{L}*|\\bgestiegen\\b|\\bverbucht\\p{L}*|\\berzielt\\p{L}*", F);

    public Modality detect(String sentence, Language language, int figureBegin, int figureEnd, Period period, PublicationDate date) {
        return detect(sentence, language, figureBegin, figureEnd, List.of(new int[] {figureBegin, figureEnd}), period, date);
    }

    /**
     * @param figures the spans of all figures of the sentence: an estimate word qualifies the figure
     *                nearest to it ("revenue was $32 billion, compared with projections for $31.1 billion")
     */
    public Modality detect(String sentence, Language language, int figureBegin, int figureEnd, List<int[]> figures,
                           Period period, PublicationDate date) {
        if (isLocalEstimate(sentence, figureBegin, figureEnd, figures)) return Modality.ESTIMATE;
        if (EXPECTED_AFTER.matcher(sentence.substring(figureEnd)).find()) return Modality.ESTIMATE; // "vs. $1.01 expected"
        Matcher analysts = ANALYSTS_EXPECTED.matcher(sentence);
        // "Analysts polled by FactSet had expected earnings of 43 cents on revenue of $22.7 billion": every figure of the clause
        if (analysts.find() && analysts.end() <= figureBegin && !NEW_CLAUSE.matcher(sentence.substring(analysts.end(), figureBegin)).find()) {
            return Modality.ESTIMATE;
        }
        if (governs(ESTIMATE, sentence, figureEnd)) return Modality.ESTIMATE; // not "…, while X bought an estimated …"
        // "…, sending its shares down 11%": the market's reaction to a forecast has happened
        if (MARKET_REACTION.matcher(sentence.substring(Math.max(0, figureBegin - 60), figureBegin)).find()) return Modality.REPORTED;
        boolean german = language != Language.EN;
        boolean periodOver = period != null && date != null && period.endedBefore(date);
        if ((german ? PLAN_DE : PLAN_EN).matcher(sentence).find()) return Modality.PLAN; // German "will" wants
        // a potential is about the future whatever period the figure was dated with
        if (POTENTIAL.matcher(sentence).find()) return Modality.FORECAST;
        // "hatte rund 54 Mrd. Dollar in Aussicht gestellt": a guidance stays one after its period is over
        if (german && governs(PROMISED, sentence, figureEnd)) return Modality.FORECAST;
        if (governs(german ? FORECAST_DE : FORECAST_EN, sentence, figureEnd) && !periodOver) return Modality.FORECAST;
        if (german && HEARSAY_DE.matcher(sentence).find() && !periodOver && !PAST_DE.matcher(sentence).find()
            && FUTURE_CUT.matcher(sentence).find()) return Modality.PLAN; // "Rund 9000 Stellen sollen wegfallen"
        // "Die Dividende für 2024 soll auf 1 Euro steigen": a plain infinitive is future whatever the period
        if (german && periodOver && !PAST_DE.matcher(sentence).find() && plainInfinitiveAfterSoll(sentence)) return Modality.FORECAST;
        if (german && HEARSAY_DE.matcher(sentence).find() && !periodOver && !PAST_DE.matcher(sentence).find()) {
            return period == null && !mentionsFuture(sentence) && !plainInfinitiveAfterSoll(sentence) ? Modality.REPORTED : Modality.FORECAST;
        }
        return Modality.REPORTED;
    }

    private static final Pattern MARKET_REACTION = Pattern.compile(
        ",\\s*(?:sending|pushing|driving|knocking|lifting|dragging)\\s+(?:its|the|their|[\\p{L}.]+['’]s)\\s+(?:company['’]s\\s+)?(?:shares|stock|share price)"
        + "\\s+(?:(?:down|up|lower|higher|up by|down by)\\s+)?(?:about |nearly |almost |more than |as much as |roughly )?$", Pattern.CASE_INSENSITIVE);

    /** Whether a forecast or plan word stands before the figure ("expects cloud revenue to reach $32 billion"). */
    public boolean futureBefore(String sentence, Language language, int figureBegin) {
        boolean german = language != Language.EN;
        String before = sentence.substring(0, figureBegin);
        Matcher f = (german ? FORECAST_DE : FORECAST_EN).matcher(before);
        while (f.find()) {
            // "$1.01 expected" marks an estimate, not a forecast of what follows
            if (!before.substring(0, f.start()).matches("(?s).*(?:\\d|billion|million|trillion)\\s*$")) return true;
        }
        return (german ? PLAN_DE : PLAN_EN).matcher(before).find();
    }

    /** a coordinated clause of its own: "…hit $13 billion, and it expects to reach $20 billion" */
    private static final Pattern NEW_CLAUSE = Pattern.compile("(?:,\\s*(?:and|but|while|whereas|after|because|und|aber|während|nachdem|weil)\\b|;|\\bvs\\.?(?!\\p{L})|\\bversus\\b"
        + "|\\s(?:after|because|nachdem|weil)\\s+(?:the|its|it|der|die|das|\\p{Lu}))", F);
    private static final Pattern LATER_REASON = Pattern.compile("\\s(?:after|because|following|when|as)\\s", F);
    private static final Pattern EXPECTED_AFTER = Pattern.compile("^\\s*(?:billion|million|trillion|bn)?\\s*(?:expected|estimated|forecast)\\b(?!\\s+(?:to|by|that)\\b)", F);
    private static final Pattern ANALYSTS_EXPECTED = Pattern.compile(
        "\\b(?:analysts?|wall street)\\b[^.;:]{0,50}?\\b(?:had |have |were |are )?(?:expected|expecting|estimated|projected|forecast|predicted|anticipated|looking for|model(?:l)?ing|forecasting|projecting|estimating|calling for)\\b", F);

    private static final Pattern FUTURE_CUT = Pattern.compile(
        "\\bwegfallen\\b|\\b(?:abgebaut|gestrichen|entlassen|gekürzt) werden\\b", F);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:–]|,(?!\\d)");
    private static final Pattern PLUPERFECT = Pattern.compile("\\b(?:hatte[n]?|had)\\b", F);

    /**
     * Whether a cue of {@code p} governs the figure: it stands before the figure or in the same clause
     * after it, and it is neither the expectation of an earlier clause ("…, Analysten hatten 1,64 Dollar
     * erwartet", "analysts had expected": that one makes its own figure an estimate) nor a German passive
     * ("wird … bewertet").
     */
    private static boolean governs(Pattern p, String s, int figureEnd) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (m.start() >= figureEnd && NEW_CLAUSE.matcher(s.substring(figureEnd, m.start())).find()) continue;
            // "shares jumped 11% after the company … offered an upbeat outlook": the outlook is the reason, not the figure's mode
            if (m.start() >= figureEnd && LATER_REASON.matcher(s.substring(figureEnd, m.start())).find()) continue;
            int clause = 0;
            Matcher b = CLAUSE_BREAK.matcher(s.substring(0, m.start()));
            while (b.find()) clause = b.start();
            boolean expectation = m.group().toLowerCase().matches("erwartet|gerechnet|expected|forecast")
                && (PLUPERFECT.matcher(s.substring(clause, m.start())).find() || estimateMark(s, m));
            if (!expectation && !passive(s, m)) return true;
        }
        return false;
    }

    /** "Anthropic wird mit 61,5 Milliarden Dollar bewertet": "wird" with a participle closing the clause is passive, not future. */
    private static boolean passive(String s, Matcher auxiliary) {
        String aux = auxiliary.group().toLowerCase();
        if (!aux.equals("wird") && !aux.equals("werden")) return false;
        Matcher end = CLAUSE_BREAK.matcher(s);
        int clauseEnd = end.find(auxiliary.end()) ? end.start() : s.length();
        String[] words = s.substring(auxiliary.end(), clauseEnd).replaceAll("[.!?\"“”]+\\s*$", "").strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase();
        return last.length() > 3 && last.endsWith("t") && !last.equals("erwartet") && !last.equals("prognostiziert");
    }

    /** Whether the sentence has a plan or forecast word (German hearsay "soll" is none). */
    public static boolean planOrForecast(String sentence, Language language) {
        if (language == Language.EN) return PLAN_EN.matcher(sentence).find() || forecastCue(FORECAST_EN, sentence);
        return PLAN_DE.matcher(sentence).find() || forecastCue(FORECAST_DE, sentence);
    }

    /** Whether the sentence speaks of the future: a plan, a forecast, or German "soll" with no past tense. */
    public static boolean forwardLooking(String sentence, Language language) {
        if (language == Language.EN) return PLAN_EN.matcher(sentence).find() || forecastCue(FORECAST_EN, sentence);
        return PLAN_DE.matcher(sentence).find() || forecastCue(FORECAST_DE, sentence)
            || HEARSAY_DE.matcher(sentence).find() && !PAST_DE.matcher(sentence).find();
    }

    /** "vs. $1.01 expected", "(erwartet: …)", "erwartet waren …" name the market's estimate beside a reported figure, not the future. */
    private static final Pattern ESTIMATE_MARK_BEFORE = Pattern.compile("(?:\\d|billion|million|trillion|bn|cents?)\\s*$", F);
    private static final Pattern ESTIMATE_MARK_AFTER = Pattern.compile(
        "^\\s*(?::|waren\\b|war\\b|worden\\b|gewesen\\b|by (?:analysts|wall street|\\p{Lu}))", F);

    private static boolean forecastCue(Pattern cues, String sentence) {
        Matcher m = cues.matcher(sentence);
        while (m.find()) if (!estimateMark(sentence, m)) return true;
        return false;
    }

    /**
     * English "$2.18 expected" marks an estimate wherever a figure stands right before it; German
     * "53 Milliarden Dollar erwartet" closes a verb-final clause and may be guidance, so only
     * "erwartet:" and "erwartet waren" mark one there.
     */
    private static boolean estimateMark(String sentence, Matcher m) {
        String word = m.group().toLowerCase();
        if (!word.equals("expected") && !word.equals("erwartet")) return false;
        return word.equals("expected") && ESTIMATE_MARK_BEFORE.matcher(sentence.substring(0, m.start())).find()
            || ESTIMATE_MARK_AFTER.matcher(sentence.substring(m.end())).find();
    }

    private static boolean isLocalEstimate(String s, int begin, int end, List<int[]> figures) {
        int from = Math.max(0, begin - 60);
        int to = Math.min(s.length(), end + 40);
        Matcher m = LOCAL_ESTIMATE.matcher(s);
        m.region(from, to);
        while (m.find()) {
            String between = m.start() >= end ? s.substring(end, m.start()) : m.end() <= begin ? s.substring(m.end(), begin) : "";
            boolean label = m.end() <= begin && between.matches("\\s*:\\s*"); // "(consensus: $11 billion)"
            if (!label && (between.matches("(?s).*[;:–—].*") || between.contains(" und ") || between.contains(" and "))) continue;
            // "topping estimates", "übertraf die Erwartungen": the figure is reported; not "above estimates of $30.8 billion"
            if (beaten(s, m.start()) && !ESTIMATE_OF.matcher(s.substring(m.end())).find()) continue;
            if (nearestFigure(s, m.start(), m.end(), figures) == begin) return true;
        }
        return false;
    }

    private static final Pattern BEATEN = Pattern.compile(
        "(?:topp\\p{L}*|beat\\p{L}*|exceed\\p{L}*|surpass\\p{L}*|above|ahead of|missed|missing|below|short of|übertr\\p{L}*|verfehlt\\p{L}*|über|unter|hinter)\\s+(?:\\p{L}+\\s+){0,2}$", F);

    private static final Pattern ESTIMATE_OF = Pattern.compile("^\\s+(?:of|for|at|von)\\s+(?:about |around |roughly |nearly )?(?:\\p{Lu}{0,3}[$€£]|\\d)", F);

    private static boolean beaten(String s, int cueBegin) {
        return BEATEN.matcher(s.substring(Math.max(0, cueBegin - 35), cueBegin)).find();
    }

    /**
     * Begin of the figure an estimate word belongs to: the next one when it follows closely
     * ("projections for $X"), else the nearest; a comma between puts the figure in another clause
     * ("… 76,4 Milliarden Dollar, Analysten hatten mit 73,9 Milliarden gerechnet").
     */
    private static int nearestFigure(String s, int cueBegin, int cueEnd, List<int[]> figures) {
        int best = -1, bestDistance = Integer.MAX_VALUE;
        for (int[] f : figures) {
            int d = f[0] >= cueEnd ? (f[0] - cueEnd) : 2 * Math.max(0, cueBegin - f[1]) + 5;
            String between = f[0] >= cueEnd ? s.substring(cueEnd, f[0]) : s.substring(Math.min(f[1], cueBegin), cueBegin);
            if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) d += 40;
            if (d < bestDistance) {
                bestDistance = d;
                best = f[0];
            }
        }
        return best;
    }

    private static final Pattern PROMISED = Pattern.compile("\\bin aussicht\\b", F);
    private static final Pattern SOLL_CLAUSE = Pattern.compile("\\bsoll(?:en)?\\b((?:[^,;:!?]|,(?=\\d))*?\\p{L}+)\\s*(?:[;:!?\"“”]|,(?!\\d)|\\.\\s*$|$)", F);
    /** a verb of change or target: "soll 3 Milliarden Menschen erreichen/nutzen" differ, the first is a target, the second hearsay */
    private static final Pattern CHANGE_INFINITIVE = Pattern.compile(
        "\\p{L}*(?:steigen|sinken|wachsen|fallen|klettern|zulegen|schrumpfen|zurückgehen|erreichen|steigern|verdoppeln|erhöhen|senken|ausbauen)", F);

    /**
     * "Die Dividende soll auf 5,35 Euro steigen": "soll" with an infinitive of change closing its clause
     * speaks of the future; with a perfect infinitive ("soll 5 Mrd. verdient haben") or a state
     * ("sollen 3 Milliarden Menschen die Apps nutzen") it is hearsay.
     */
    private static boolean plainInfinitiveAfterSoll(String s) {
        Matcher m = SOLL_CLAUSE.matcher(s);
        while (m.find()) {
            String[] words = m.group(1).strip().split("\\s+");
            String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
            if (CHANGE_INFINITIVE.matcher(last).matches()) return true;
        }
        return false;
    }

    private static final Pattern FUTURE_DE = Pattern.compile("\\bwerden\\b|kommend|nächst|künftig|bis (?:ende )?20\\d\\d", F);

    private static boolean mentionsFuture(String s) {
        return FUTURE_DE.matcher(s).find();
    }
}
