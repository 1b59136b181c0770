package org.claimgraph.dating;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.Sentence;
import org.claimgraph.text.TextDocument;

/**
 * A month or season named without a year in a sentence about the past ("Im Dezember hatte die Firma
 * den Dienst gestartet", "in March, the company launched", "Anfang des Jahres", "last summer").
 * Alone it fixes nothing: any year fits. It is placed by the products (apps, models, devices) of its
 * sentence and the one before (what the event is about): the event cannot precede their launch, so it
 * is the first such month after it, and the article comes after the event. Organisations and people
 * do not place it: their history is long, and the first December after a founding says nothing. Left
 * out when those products are much older than the article's other bounds, for the same reason.
 */
final class MonthMentions implements DateCues {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String FULL_MONTHS = "januar|january|jänner|februar|february|märz|march|april|mai|may|juni|june"
        + "|juli|july|august|september|oktober|october|november|dezember|december";
    private static final Pattern MONTH = Pattern.compile(
        "\\b(?:im|seit|anfang|mitte|ende|vergangenen|letzten|in|since|early|late|mid-|last|during)\\s*(" + FULL_MONTHS + ")\\b"
        + "(?![\\s.,]*\\d)", F);
    private static final List<Season> SEASONS = List.of(
        new Season(Pattern.compile("\\b(?:anfang (?:des|dieses) jahres|zu jahresbeginn|earl(?:y|ier) this year"
            + "|at the (?:start|beginning) of (?:the|this) year)\\b", F), 1, 3),
        new Season(Pattern.compile("\\b(?:im frühjahr|im frühling|in (?:the )?spring|(?:this|last) spring)\\b", F), 3, 5),
        new Season(Pattern.compile("\\b(?:mitte des jahres|zur jahresmitte|mid-year|in the middle of the year)\\b", F), 6, 7),
        new Season(Pattern.compile("\\b(?:im sommer|in (?:the )?summer|(?:this|last) summer)\\b", F), 6, 8),
        new Season(Pattern.compile("\\b(?:im herbst|in (?:the )?(?:autumn|fall)|(?:this|last) (?:autumn|fall))\\b", F), 9, 11));
    /** A past month without a year is within the year before publication. */
    private static final int WITHIN = 11;

    private final EntityBounds bounds;

    MonthMentions(EntityBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public List<DateSignal> find(TextDocument document, List<Mention> mentions) {
        EntityBounds.Bound article = bounds.latest(mentions);
        if (article == null) return List.of();
        List<DateSignal> out = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (!Tense.isPast(s.text())) continue;
            int from = i == 0 ? s.begin() : sentences.get(i - 1).begin();
            EntityBounds.Bound local = bounds.latest(within(mentions, from, s.end()).stream()
                .filter(m -> m.entity().type().isProduct()).toList());
            if (local == null || local.monthIndex() < article.monthIndex() - WITHIN) continue;
            Matcher m = MONTH.matcher(s.text());
            while (m.find()) {
                if (isDeadline(s.text(), m.start())) continue;
                int month = Months.number(m.group(1));
                out.add(place(m.group(), month, month, local));
            }
            for (Season season : SEASONS) {
                Matcher sm = season.pattern().matcher(s.text());
                while (sm.find()) out.add(place(sm.group(), season.first(), season.last(), local));
            }
        }
        return out;
    }

    /** The first occurrence of the months {@code first..last} that ends at or after the bound; the article follows it. */
    private static DateSignal place(String surface, int first, int last, EntityBounds.Bound bound) {
        int year = Math.floorDiv(bound.monthIndex(), 12);
        if (DateSignal.index(year, last) < bound.monthIndex()) year++;
        int event = Math.max(DateSignal.index(year, first), bound.monthIndex());
        return DateSignal.month(DateSignal.Kind.ANCHOR, event + 1,
            "past month '" + surface + "' placed after the first appearance of " + bound.slug(), 0.5);
    }

    private static List<Mention> within(List<Mention> mentions, int begin, int end) {
        return mentions.stream().filter(m -> m.begin() >= begin && m.end() <= end).toList();
    }

    private static boolean isDeadline(String s, int start) {
        return Tense.isDeadline(s, start);
    }

    private record Season(Pattern pattern, int first, int last) {
    }
}
