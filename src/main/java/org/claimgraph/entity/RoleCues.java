package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.claim.Relation;

/**
 * Role words before a person's name, mapped to relations. The claim stage decides which
 * organisation the relation points to; this class only reads the words.
 */
public final class RoleCues {

    private static final Map<String, Relation> PHRASES = Map.ofEntries(
            Map.entry("chief executive officer", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("chief executive", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("chief financial officer", Relation.CHIEF_FINANCIAL_OFFICER_OF),
            Map.entry("finance chief", Relation.CHIEF_FINANCIAL_OFFICER_OF),
            Map.entry("chief technology officer", Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
            Map.entry("chief technical officer", Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
            Map.entry("chief operating officer", Relation.CHIEF_OPERATING_OFFICER_OF),
            Map.entry("co - founder", Relation.FOUNDER_OF),
            Map.entry("co - gründer", Relation.FOUNDER_OF),
            Map.entry("co - gründerin", Relation.FOUNDER_OF));

    private static final Map<String, Relation> WORDS = Map.ofEntries(
            Map.entry("ceo", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("boss", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("vorstandsvorsitzende", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("vorstandsvorsitzender", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("vorstandsvorsitzenden", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("geschäftsführer", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("geschäftsführerin", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("cfo", Relation.CHIEF_FINANCIAL_OFFICER_OF),
            Map.entry("finanzvorstand", Relation.CHIEF_FINANCIAL_OFFICER_OF),
            Map.entry("finanzvorständin", Relation.CHIEF_FINANCIAL_OFFICER_OF),
            Map.entry("cto", Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
            Map.entry("technikvorstand", Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
            Map.entry("technologievorstand", Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
            Map.entry("coo", Relation.CHIEF_OPERATING_OFFICER_OF),
            Map.entry("founder", Relation.FOUNDER_OF),
            Map.entry("cofounder", Relation.FOUNDER_OF),
            Map.entry("gründer", Relation.FOUNDER_OF),
            Map.entry("gründerin", Relation.FOUNDER_OF),
            Map.entry("mitgründer", Relation.FOUNDER_OF),
            Map.entry("mitgründerin", Relation.FOUNDER_OF),
            Map.entry("mitbegründer", Relation.FOUNDER_OF),
            Map.entry("mitbegründerin", Relation.FOUNDER_OF),
            Map.entry("firmengründer", Relation.FOUNDER_OF),
            Map.entry("firmengründerin", Relation.FOUNDER_OF),
            Map.entry("konzerngründer", Relation.FOUNDER_OF),
            Map.entry("mitarbeiter", Relation.EMPLOYEE_OF),
            Map.entry("mitarbeiterin", Relation.EMPLOYEE_OF),
            Map.entry("employee", Relation.EMPLOYEE_OF),
            Map.entry("engineer", Relation.EMPLOYEE_OF),
            Map.entry("ingenieur", Relation.EMPLOYEE_OF),
            Map.entry("ingenieurin", Relation.EMPLOYEE_OF),
            Map.entry("manager", Relation.EMPLOYEE_OF),
            Map.entry("managerin", Relation.EMPLOYEE_OF),
            Map.entry("researcher", Relation.EMPLOYEE_OF),
            Map.entry("forscher", Relation.EMPLOYEE_OF),
            Map.entry("forscherin", Relation.EMPLOYEE_OF));

    /** What "<prefix>chef" means; any other prefix ("KI-Chef", "Deutschlandchef") is a manager. */
    private static final Map<String, Relation> CHEF_PREFIXES = Map.ofEntries(
            Map.entry("", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("konzern", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("firmen", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("unternehmens", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("vorstands", Relation.CHIEF_EXECUTIVE_OFFICER_OF),
            Map.entry("finanz", Relation.CHIEF_FINANCIAL_OFFICER_OF),
            Map.entry("technik", Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
            Map.entry("technologie", Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
            Map.entry("tech", Relation.CHIEF_TECHNOLOGY_OFFICER_OF),
            Map.entry("betriebs", Relation.CHIEF_OPERATING_OFFICER_OF));

    private static final Set<String> FIELDS = NameLists.words("ki", "ai", "it", "hr", "pr", "forschungs", "entwicklungs",
            "marketing", "produkt", "sicherheits", "kommunikations", "personal", "software", "hardware", "design",
            "strategie", "vertriebs", "europa", "deutschland", "research", "cloud", "gaming", "chip", "werbe", "daten");
    private static final Set<String> JOINERS = NameLists.words("und", "and", "&", ",", "sowie");
    private static final int WINDOW = 160;

    private RoleCues() {
    }

    /** The role of one word or phrase ("Finanzchefin", "chief executive officer", "CEO"), if it is one. */
    public static Optional<Relation> relation(String roleWords) {
        List<Token> t = Tokenizer.tokens(roleWords);
        if (t.isEmpty()) return Optional.empty();
        Relation r = match(t, t.size() - 1, t.size());
        return Optional.ofNullable(r);
    }

    /** The role of one token, without re-tokenising (hot path of the name finder). */
    static Optional<Relation> relation(Token word) {
        return Optional.ofNullable(match(List.of(word), 0, 1));
    }

    /** Role words right before the mention, in text order ("Gründer und Chef Mark Zuckerberg" gives two). */
    public static List<RoleCue> before(String text, Mention person) {
        int from = Math.max(0, person.begin() - WINDOW);
        List<Token> tokens = Tokenizer.tokens(text.substring(from, person.begin()));
        List<RoleCue> out = new ArrayList<>();
        int end = tokens.size() - 1;
        if (end >= 0 && tokens.get(end).text().equals(",")) end--; // "the chief executive, Mark Zuckerberg"
        while (end >= 0) {
            int len = matchLength(tokens, end);
            if (len == 0) break;
            int first = end - len + 1;
            Relation r = match(tokens, end, len);
            Token a = tokens.get(first);
            Token b = tokens.get(end);
            out.add(new RoleCue(r, from + a.begin(), from + b.end(), text.substring(from + a.begin(), from + b.end())));
            end = first - 1;
            if (end >= 0 && JOINERS.contains(tokens.get(end).lower())) end--;
            else break;
        }
        Collections.reverse(out);
        return out;
    }

    /** Tokens ending at {@code end} that form a role phrase: the longest match, 0 if none. */
    private static int matchLength(List<Token> tokens, int end) {
        for (int len = Math.min(3, end + 1); len >= 1; len--) {
            if (match(tokens, end, len) != null) return len;
        }
        return 0;
    }

    private static Relation match(List<Token> tokens, int end, int len) {
        int first = end - len + 1;
        if (first < 0) return null;
        if (len > 1) {
            StringBuilder sb = new StringBuilder();
            for (int k = first; k <= end; k++) sb.append(k > first ? " " : "").append(tokens.get(k).lower());
            return PHRASES.get(sb.toString());
        }
        Token t = tokens.get(end);
        if (!t.word()) return null;
        String w = t.lower();
        Relation r = WORDS.get(w);
        if (r != null) return r;
        String prefix = chefPrefix(w);
        if (prefix == null) return null;
        // "KI-Chef", "Finanz-Chefin", "Meta-Chef": the part before the hyphen says which chief
        if (prefix.isEmpty() && end >= 2 && tokens.get(end - 1).isHyphen() && !tokens.get(end - 1).spaceBefore()
                && !t.spaceBefore() && tokens.get(end - 2).word()) {
            Token part = tokens.get(end - 2);
            Relation byPart = CHEF_PREFIXES.get(part.lower());
            if (byPart != null) return byPart;
            // a field ("KI-Chef", "Cloud-Chef") heads a unit; any other part is usually the company ("Meta-Chef")
            return FIELDS.contains(part.lower()) ? Relation.EMPLOYEE_OF : Relation.CHIEF_EXECUTIVE_OFFICER_OF;
        }
        return CHEF_PREFIXES.getOrDefault(prefix, Relation.EMPLOYEE_OF);
    }

    private static String chefPrefix(String w) {
        for (String suffix : new String[] {"chefinnen", "chefin", "chefs", "chef"}) {
            if (w.endsWith(suffix)) return w.substring(0, w.length() - suffix.length());
        }
        return null;
    }
}
