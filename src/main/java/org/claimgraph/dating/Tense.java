package org.claimgraph.dating;

import java.util.regex.Pattern;

/**
 * Whether a sentence reports something done or something to come. Dating evidence is read only
 * from the first kind: a date in "will open on 1 March 2025" or "soll im Dezember starten" says
 * nothing about when the article was written.
 */
final class Tense {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FUTURE = Pattern.compile(
        "\\b(?:wird|werden|wirst|würde|würden|könnte|könnten|dürfte|dürften|soll|sollen|sollte|sollten|will|wollen|plant|planen|plane|beabsichtigt|rechnet|rechnen"
        + "|erwartet|erwarten|prognostiziert|geplant|vorgesehen|angestrebt|peilt|peilen|ziel|ziele|demnächst|künftig|kommende[nmrs]?|nächste[nmrs]?"
        + "|shall|would|could|might|going to|plans? to|planned|expects?|expected|forecasts?|projected to|scheduled|is set to|are set to"
        + "|is due|are due|intends?|upcoming|coming|next|aims? to|targets?|goal|guidance|outlook|ausblick|prognose)\\b|'ll\\b", F);
    private static final Pattern GERMAN_PAST = Pattern.compile(
        "\\b(?:hatte|hatten|war|waren|wurde|wurden|lag|lagen|stieg|stiegen|sank|sanken|fiel|fielen|wuchs|wuchsen|kam|kamen"
        + "|verdiente|verdienten|meldete|meldeten|berichtete|berichteten|erzielte|erzielten|steigerte|steigerten|machte|setzte|brachte"
        + "|gab|startete|starteten|stellte|kletterte|legte|schloss|übernahm|kaufte|verkaufte|teilte|sagte|erklärte|betonte|zeigte)\\b"
        + "|\\b(?:hat|haben|ist|sind)\\b.*\\b(?:\\p{L}+iert|\\p{L}*(?:ge|ver|be|er|ent|über|zer)\\p{L}+(?:t|en))\\b", F);
    private static final Pattern ENGLISH_PAST = Pattern.compile(
        "\\b(?:had|was|were|did|said|rose|fell|grew|saw|became|began|made|took|bought|sold|won|led|spent|paid|brought"
        + "|built|came|went|gave|got|told|hit|cut|set|put)\\b|\\b(?!(?:expected|scheduled|planned|need|indeed|speed|based|seed|feed)\\b)\\p{L}{3,}ed\\b", F);

    /** "besser als erwartet", "stronger-than-forecast": a comparison with an old forecast, said of a result. */
    private static final Pattern BEAT_FORECAST = Pattern.compile(
        "\\b(?:als|wie|than|as)[- ](?:\\p{L}+[- ])?(?:erwartet|prognostiziert|expected|forecast|projected|anticipated)\\b", F);

    /** What introduces a deadline or a start rather than something that happened: "bis zum", "by the end of", "ab". */
    private static final Pattern DEADLINE = Pattern.compile(
        "\\b(?:bis|ab|spätestens|frühestens|by|until|till|before|starting|from|effective|no later than)"
        + "(?:\\s+(?:zum|zur|dem|den|des|spätestens|on|the|mitte|ende|anfang|early|late|mid|end|start|beginning|middle|of|jahres))*\\s*$", F);

    private Tense() {
    }

    /** Whether the date or period starting at {@code start} is a deadline or a start ("bis Ende 2027", "by March 31"). */
    static boolean isDeadline(String sentence, int start) {
        return DEADLINE.matcher(sentence.substring(Math.max(0, start - 30), start)).find();
    }

    static boolean isFuture(String sentence) {
        return FUTURE.matcher(BEAT_FORECAST.matcher(sentence).replaceAll(" ")).find();
    }

    /** Past tense and nothing to come: the sentence reports what happened. */
    static boolean isPast(String sentence) {
        if (isFuture(sentence)) return false;
        return GERMAN_PAST.matcher(sentence).find() || ENGLISH_PAST.matcher(sentence).find();
    }
}
