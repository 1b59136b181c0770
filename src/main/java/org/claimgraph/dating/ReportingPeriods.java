package org.claimgraph.dating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.claim.FiscalCalendar;
import org.claimgraph.claim.Period;
import org.claimgraph.claim.PeriodMention;
import org.claimgraph.claim.PeriodResolver;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.Sentence;
import org.claimgraph.text.TextDocument;

/**
 * Named reporting periods with their year, in a sentence that reports results ("im vierten Quartal
 * 2023 stieg der Umsatz", "fourth-quarter 2023 results", "fiscal 2024 revenue was …"): figures for
 * a period are published after it ends, so the article is at least a month after its end (read in
 * the company's fiscal calendar). A bare year in the past tense ("2023 wuchs …") only says the year
 * had begun: a bound, not an anchor.
 */
final class ReportingPeriods implements DateCues {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern RESULTS = Pattern.compile(
        "\\b(?:zahlen|quartalszahlen|jahreszahlen|ergebnis\\w*|bilanz|results|earnings|reported|posted|reports)\\b", F);
    private static final Pattern PLAIN_YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A bare year named as a whole reporting year: "Gesamtjahr 2023", "full-year 2023". */
    private static final Pattern FULL_YEAR_BEFORE = Pattern.compile(
        "(?:gesamtjahr(?:es)?|full[- ]year|jahres(?:zahlen|bilanz|ergebnis(?:se)?))\\s+(?:von\\s+|für\\s+|for\\s+|of\\s+)?$", F);

    private final PeriodResolver resolver = new PeriodResolver();
    private final FiscalCalendar fiscal;

    ReportingPeriods(FiscalCalendar fiscal) {
        this.fiscal = fiscal;
    }

    @Override
    public List<DateSignal> find(TextDocument document, List<Mention> mentions) {
        String main = mainOrganization(mentions);
        List<DateSignal> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            String text = s.text();
            if (Tense.isFuture(text)) continue;
            boolean results = Tense.isPast(text) || RESULTS.matcher(text).find();
            if (!results) continue;
            int yem = fiscal.yearEndMonth(organisationIn(s, mentions, main));
            for (PeriodMention pm : resolver.find(text, null, yem)) {
                Period p = pm.period();
                if (p == null || p.granularity() == Period.Granularity.MONTH || p.granularity() == Period.Granularity.DAY
                    || Tense.isDeadline(text, pm.begin())) continue;
                String surface = text.substring(pm.begin(), pm.end());
                boolean bare = PLAIN_YEAR.matcher(surface.strip()).matches()
                    && !FULL_YEAR_BEFORE.matcher(text.substring(Math.max(0, pm.begin() - 30), pm.begin())).find();
                if (bare) {
                    if (Tense.isPast(text)) {
                        out.add(DateSignal.month(DateSignal.Kind.BOUND, DateSignal.index(p.year(), 1),
                            "past year in the text '" + surface + "'", 0.3));
                    }
                    continue;
                }
                out.add(DateSignal.month(DateSignal.Kind.ANCHOR, p.endMonthIndex() + 1,
                    "reporting period " + p.lexical() + " '" + surface + "'", p.granularity() == Period.Granularity.QUARTER ? 0.7 : 0.6));
            }
        }
        return out;
    }

    /** The company whose calendar the sentence's periods are read in: one the calendar knows in the sentence, else the article's. */
    private String organisationIn(Sentence s, List<Mention> mentions, String main) {
        for (Mention m : mentions) {
            if (m.begin() >= s.begin() && m.end() <= s.end() && m.entity().type() == EntityType.ORGANIZATION
                && fiscal.knows(m.entity().slug())) return m.entity().slug();
        }
        return main;
    }

    private static String mainOrganization(List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Mention m : mentions) {
            if (m.entity().type() != EntityType.ORGANIZATION) continue;
            int c = counts.merge(m.entity().slug(), 1, Integer::sum);
            if (best == null || c > counts.get(best)) best = m.entity().slug();
        }
        return best;
    }
}
