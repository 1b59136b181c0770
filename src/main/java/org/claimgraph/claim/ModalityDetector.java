package org.claimgraph.claim;

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
        + "|schätzung\\p{L}*|prognosen? der|experten|beobachter|gerechnet|had expected|hatten? erwartet|erwartet worden", F);
    private static final Pattern ESTIMATE = Pattern.compile(
        "\\bdürfte[n]?\\b|schätzungen zufolge|schätzungsweise|\\bvermutlich\\b|\\bmutmaßlich\\b|\\bgeschätzt\\p{L}*"
        + "|\\bestimated?\\b|\\bestimates\\b|\\blikely\\b|\\bprobably\\b", F);
    private static final Pattern PLAN_DE = Pattern.compile(
        "\\bwill\\b|\\bwollen\\b|\\bplan\\p{L}*|beabsichtig\\p{L}*|\\bvorgesehen\\b|angepeilt|anpeilen|\\bpeilt\\b|\\bziel\\p{L}*|\\bvorhaben\\b", F);
    private static final Pattern PLAN_EN = Pattern.compile(
        "\\bplan(?:s|ned|ning)?\\b|\\bintends?\\b|\\baims? to\\b|\\btarget(?:s|ed|ing)?\\b|\\bwants? to\\b|\\bcommitted to\\b|\\bset aside\\b", F);
    private static final Pattern FORECAST_DE = Pattern.compile(
        "\\bwird\\b|\\bwerden\\b|\\berwarte\\p{L}*|\\brechnet\\p{L}* mit|\\bprognos\\p{L}*|\\bausblick\\p{L}*|in aussicht|\\bpotenzial\\p{L}*"
        + "|\\bkünftig\\p{L}*|\\bkünftig\\b|\\bzukünftig\\p{L}*|\\bvoraussichtlich\\b|\\bstellt\\p{L}* in aussicht", F);
    private static final Pattern FORECAST_EN = Pattern.compile(
        "\\bwill\\b|\\bwould\\b|\\bexpect\\p{L}*|\\bforecast\\p{L}*|\\bguidance\\b|\\boutlook\\b|\\bprojects?\\b|\\bprojected\\b|\\banticipat\\p{L}*"
        + "|\\bsees\\b|\\bpotential\\b|\\bis set to\\b|\\bon track to\\b|\\bpredict\\p{L}*", F);
    private static final Pattern HEARSAY_DE = Pattern.compile("\\bsoll(?:en|te|ten)?\\b", F);
    private static final Pattern PAST_DE = Pattern.compile(
        "\\bhatte[n]?\\b|\\bwar(?:en)?\\b|\\bwurde[n]?\\b|\\bstieg\\p{L}*|\\bgestiegen\\b|\\bverbucht\\p{L}*|\\berzielt\\p{L}*", F);

    public Modality detect(String sentence, Language language, int figureBegin, int figureEnd, Period period, PublicationDate date) {
        if (isLocalEstimate(sentence, figureBegin, figureEnd)) return Modality.ESTIMATE;
        if (ESTIMATE.matcher(sentence).find()) return Modality.ESTIMATE;
        boolean german = language != Language.EN;
        if ((german ? PLAN_DE : PLAN_EN).matcher(sentence).find()) {
            // "will" in German wants; a plan is only a plan while its period is not over
            if (period == null || !period.endedBefore(date)) return Modality.PLAN;
        }
        boolean periodOver = period != null && date != null && period.endedBefore(date);
        if ((german ? FORECAST_DE : FORECAST_EN).matcher(sentence).find() && !periodOver) return Modality.FORECAST;
        if (german && HEARSAY_DE.matcher(sentence).find() && !periodOver && !PAST_DE.matcher(sentence).find()) {
            return period == null && !mentionsFuture(sentence) ? Modality.REPORTED : Modality.FORECAST;
        }
        return Modality.REPORTED;
    }

    private static boolean isLocalEstimate(String s, int begin, int end) {
        int from = Math.max(0, begin - 60);
        int to = Math.min(s.length(), end + 40);
        Matcher m = LOCAL_ESTIMATE.matcher(s);
        m.region(from, to);
        while (m.find()) {
            // the cue must not be separated from the figure by a clause boundary
            int a = Math.min(m.end(), begin), b = Math.max(m.start(), end);
            String between = m.start() >= end ? s.substring(end, m.start()) : s.substring(m.end(), begin);
            if (a <= b && !between.matches(".*[;:–—].*") && !between.contains(" und ") && !between.contains(" and ")) return true;
        }
        return false;
    }

    private static final Pattern FUTURE_DE = Pattern.compile("\\bwerden\\b|kommend|nächst|künftig|bis (?:ende )?20\\d\\d", F);

    private static boolean mentionsFuture(String s) {
        return FUTURE_DE.matcher(s).find();
    }
}
