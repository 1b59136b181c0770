package org.claimgraph.claim;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;

/**
 * "Microsoft, Alphabet, Amazon and Meta together plan to spend more than $300 billion": a figure
 * whose subject is a coordination of companies belongs to none of them alone, so it is no claim
 * about the last name of the list. "Apple and Alphabet each have more than 150,000 employees" is not
 * joint. Lists a "respectively" distributes are handled before.
 */
final class JointSubject {

    private static final Pattern JOINER = Pattern.compile("\\s*(?:,|,?\\s+(?:and|und|sowie|&)\\s+|\\s+&\\s+)\\s*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONJUNCTION = Pattern.compile("\\b(?:and|und|sowie)\\b|&", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANOTHER_CLAUSE = Pattern.compile("[;:]|,\\s*(?:while|whereas|but|während|aber|wobei)\\b");

    private JointSubject() {
    }

    private static final Pattern EACH = Pattern.compile("\\b(?:each|both|jeweils|beide)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether the figure at {@code figureBegin} follows, in the same clause, a coordination of two or
     * more companies and holds for them together (not "each": that one the rule gives to every name).
     */
    static boolean jointFigure(SentenceView view, int figureBegin) {
        List<Mention> orgs = view.mentions().stream()
            .filter(m -> m.entity().type() == EntityType.ORGANIZATION && m.end() <= figureBegin)
            .sorted(Comparator.comparingInt(Mention::begin)).toList();
        String s = view.text();
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Mention a = orgs.get(i), b = orgs.get(i + 1);
            if (a.end() > b.begin() || !JOINER.matcher(s.substring(a.end(), b.begin())).matches()) continue;
            if (a.entity().slug().equals(b.entity().slug())) continue;
            int last = i + 1;
            while (last + 1 < orgs.size() && JOINER.matcher(s.substring(orgs.get(last).end(), orgs.get(last + 1).begin())).matches()) last++;
            // "According to Reuters, Tesla …": commas alone make no list; a coordination ends with "and"/"und"
            if (!CONJUNCTION.matcher(s.substring(orgs.get(last - 1).end(), orgs.get(last).begin())).find()) continue;
            String rest = s.substring(orgs.get(last).end(), figureBegin);
            // the list must be the subject: its verb follows it, no new clause or name comes between it and the figure
            String opening = s.substring(0, a.begin());
            boolean subject = opening.matches("(?s)\\s*(?:[\\p{L}'’]+\\s+){0,2}") || opening.matches("(?s)[^.;,]{0,40}:\\s+"); // "Zoom out: A and B …"
            boolean nameBetween = last + 1 < orgs.size(); // "Google's parent Alphabet": the list is not the subject as it stands
            if (subject && !nameBetween && !ANOTHER_CLAUSE.matcher(rest).find() && !rest.contains(",")) {
                return !EACH.matcher(rest).find();
            }
        }
        return false;
    }
}
