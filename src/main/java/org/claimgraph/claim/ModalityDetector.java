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
        + "|schätzung\\p{L}*|prognosen? der|experten|beobachter|had expected|hatten? erwartet|erwartet worden", F);
    private static final Pattern ESTIMATE = Pattern.compile(
        "\\bdürfte[n]?\\b|schätzungen zufolge|schätzungsweise|\\bvermutlich\\b|\\bmutmaßlich\\b|\\bgeschätzt\\p{L}*"
        + "|\\ban estimated\\b|\\bis estimated\\b|\\bare estimated\\b|\\blikely\\b|\\bprobably\\b", F);
    private static final Pattern PLAN_DE = Pattern.compile(
        "\\bwill\\b|\\bwollen\\b|\\bgeplant\\p{L}*|\\bwolle\\b|\\bkündigt\\p{L}*\\s+an\\b|\\bwollte[n]?\\b|\\bplan\\p{L}*|beabsichtig\\p{L}*|\\bvorgesehen\\b|angepeilt|anpeilen|\\bpeilt\\b|\\bziel\\p{L}*|\\bvorhaben\\b", F);
    private static final Pattern PLAN_EN = Pattern.compile(
        "\\bplan(?:s|ned|ning)?\\b|\\bintends?\\b|\\baims? to\\b|\\btarget(?:s|ed|ing)?\\b|\\bwants? to\\b|\\bcommitted to\\b|\\bset aside\\b", F);
    private static final Pattern FORECAST_DE = Pattern.compile(
        "\\bwird\\b|\\bwerden\\b|\\bkönnte[n]?\\b|\\berwarte\\p{L}*|\\brechne\\p{L}*\\b|\\bgerechnet\\b|\\bprognos\\p{L}*|\\bausblick\\p{L}*|in aussicht|\\bpotenzial\\p{L}*"
        + "|\\bkünftig\\p{L}*|\\bkünftig\\b|\\bzukünftig\\p{L}*|\\bvoraussichtlich\\b|\\bstellt\\p{L}* in aussicht", F);
    private static final Pattern FORECAST_EN = Pattern.compile(
        "\\bwill\\b|\\bwould\\b|\\bexpect\\p{L}*|\\bguid(?:ed|es|ing)\\b|\\bforecast\\p{L}*|\\bguidance\\b|\\boutlook\\b|\\bprojects?\\b|\\bprojected\\b|\\banticipat\\p{L}*"
        + "|\\bsees\\b|\\bpotential\\b|\\bis set to\\b|\\bon track to\\b|\\bpredict\\p{L}*", F);
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
        if (ESTIMATE.matcher(sentence).find()) return Modality.ESTIMATE;
        boolean german = language != Language.EN;
        if ((german ? PLAN_DE : PLAN_EN).matcher(sentence).find()) return Modality.PLAN; // German "will" wants
        // a potential is about the future whatever period the figure was dated with
        if (POTENTIAL.matcher(sentence).find()) return Modality.FORECAST;
        boolean periodOver = period != null && date != null && period.endedBefore(date);
        if (forecastCue(german ? FORECAST_DE : FORECAST_EN, sentence) && !periodOver) return Modality.FORECAST;
        if (german && HEARSAY_DE.matcher(sentence).find() && !periodOver && !PAST_DE.matcher(sentence).find()
            && FUTURE_CUT.matcher(sentence).find()) return Modality.PLAN; // "Rund 9000 Stellen sollen wegfallen"
        if (german && HEARSAY_DE.matcher(sentence).find() && !periodOver && !PAST_DE.matcher(sentence).find()) {
            return period == null && !mentionsFuture(sentence) ? Modality.REPORTED : Modality.FORECAST;
        }
        return Modality.REPORTED;
    }

    private static final Pattern FUTURE_CUT = Pattern.compile(
        "\\bwegfallen\\b|\\b(?:abgebaut|gestrichen|entlassen|gekürzt) werden\\b", F);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:–]|,(?!\\d)");
    private static final Pattern PLUPERFECT = Pattern.compile("\\b(?:hatte[n]?|had)\\b", F);

    /**
     * A forecast word, except the expectation of an earlier clause ("…, Analysten hatten 1,64 Dollar
     * erwartet", "analysts had expected"): that one makes its own figure an estimate, not the sentence a forecast.
     */
    private static boolean forecastCue(Pattern forecast, String s) {
        Matcher m = forecast.matcher(s);
        while (m.find()) {
            int clause = 0;
            Matcher b = CLAUSE_BREAK.matcher(s.substring(0, m.start()));
            while (b.find()) clause = b.start();
            boolean expectation = m.group().toLowerCase().matches("erwartet|gerechnet|expected|forecast")
                && PLUPERFECT.matcher(s.substring(clause, m.start())).find();
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

    /** Whether the sentence speaks of the future: a plan, a forecast, or German "soll" with no past tense. */
    public static boolean forwardLooking(String sentence, Language language) {
        if (language == Language.EN) return PLAN_EN.matcher(sentence).find() || FORECAST_EN.matcher(sentence).find();
        return PLAN_DE.matcher(sentence).find() || FORECAST_DE.matcher(sentence).find()
            || HEARSAY_DE.matcher(sentence).find() && !PAST_DE.matcher(sentence).find();
    }

    private static boolean isLocalEstimate(String s, int begin, int end, List<int[]> figures) {
        int from = Math.max(0, begin - 60);
        int to = Math.min(s.length(), end + 40);
        Matcher m = LOCAL_ESTIMATE.matcher(s);
        m.region(from, to);
        while (m.find()) {
            String between = m.start() >= end ? s.substring(end, m.start()) : m.end() <= begin ? s.substring(m.end(), begin) : "";
            if (between.matches("(?s).*[;:–—].*") || between.contains(" und ") || between.contains(" and ")) continue;
            if (beaten(s, m.start())) continue; // "topping estimates", "übertraf die Erwartungen": the figure is reported
            if (nearestFigure(s, m.start(), m.end(), figures) == begin) return true;
        }
        return false;
    }

    private static final Pattern BEATEN = Pattern.compile(
        "(?:topp\\p{L}*|beat\\p{L}*|exceed\\p{L}*|surpass\\p{L}*|above|ahead of|missed|missing|below|short of|übertr\\p{L}*|verfehlt\\p{L}*|über|unter|hinter)\\s+(?:\\p{L}+\\s+){0,2}$", F);

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
            if (between.indexOf(',') >= 0) d += 40;
            if (d < bestDistance) {
                bestDistance = d;
                best = f[0];
            }
        }
        return best;
    }

    private static final Pattern FUTURE_DE = Pattern.compile("\\bwerden\\b|kommend|nächst|künftig|bis (?:ende )?20\\d\\d", F);

    private static boolean mentionsFuture(String s) {
        return FUTURE_DE.matcher(s).find();
    }
}
