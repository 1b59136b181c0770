package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ingest.Language;

/**
 * Definite descriptions of a company ("der Konzern", "des Software-Konzerns", "das Unternehmen",
 * "the company", "the chip maker", "the social networking giant") resolved to an organisation
 * already mentioned: the main one when it is near, else the nearest one before.
 */
final class Coreferencer {

    private static final Set<String> DE_NEUTER = NameLists.words("das", "des", "dem", "dieses", "diesem", "beim", "vom", "zum");
    private static final Set<String> DE_FEMININE = NameLists.words("die", "der", "dieser", "zur");
    private static final Set<String> DE_MASCULINE = NameLists.words(
            "der", "des", "dem", "den", "dieser", "dieses", "diesem", "diesen", "beim", "vom", "zum");
    private static final String[] DE_HEADS = {
            "konzern", "konzerns", "unternehmen", "unternehmens", "firma", "gigant", "giganten", "riese",
            "riesen", "hersteller", "herstellers"};
    /** A description of another company than the one talked about ("der Mutterkonzern", "das Partnerunternehmen"). */
    private static final String[] DE_OTHER = {
            "tochter", "mutter", "partner", "konkurrenz", "konkurrent", "wettbewerb", "zuliefer", "kunden",
            "rivalen", "start", "groß", "mittel", "klein", "staats", "energie", "auto", "pharma"};
    private static final Set<String> EN_HEADS = NameLists.words(
            "company", "firm", "giant", "maker", "chipmaker", "carmaker", "automaker", "conglomerate",
            "corporation");
    /** heads that name a kind of company rather than any company */
    private static final Set<String> KINDS = NameLists.words("chipmaker", "carmaker", "automaker", "maker");
    private static final Set<String> EN_NEEDS_MODIFIER = NameLists.words("giant", "maker");
    private static final Set<String> EN_NOT_MODIFIERS = NameLists.words(
            "first", "second", "third", "fourth", "fifth", "most", "more", "less", "other", "same", "only",
            "next", "last", "whole", "entire", "parent", "rival", "partner", "holding", "such", "one", "new",
            "private", "public", "former", "largest", "biggest", "smaller", "larger", "bigger", "a", "an",
            "that", "this", "which", "what", "whose");

    private final List<Token> tokens;
    private final boolean[] covered;
    private final Map<Integer, Entity> compoundHeads;
    private final Language language;
    private final Salience salience;

    Coreferencer(List<Token> tokens, boolean[] covered, Map<Integer, Entity> compoundHeads, Language language,
                 Salience salience) {
        this.tokens = tokens;
        this.covered = covered;
        this.compoundHeads = compoundHeads;
        this.language = language;
        this.salience = salience;
    }

    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        for (int d = 0; d < tokens.size() - 1; d++) {
            int[] span = language == Language.EN ? english(d)
                    : language == Language.DE ? german(d)
                    : german(d) != null ? german(d) : english(d);
            if (span == null) continue;
            int begin = tokens.get(span[0]).begin();
            int end = tokens.get(span[1]).end();
            String head = tokens.get(span[1]).lower();
            Entity org = salience.antecedent(begin, language == Language.EN && KINDS.contains(head));
            if (org == null) continue;
            out.add(new Mention(org, begin, end, text.substring(begin, end), "coreference"));
            d = span[1];
        }
        return out;
    }

    /** [first, last] token of the description after determiner d, or null. */
    private int[] german(int d) {
        String det = tokens.get(d).lower();
        if (!DE_MASCULINE.contains(det) && !DE_NEUTER.contains(det) && !DE_FEMININE.contains(det)) return null;
        for (int h = d + 1; h < tokens.size() && h <= d + 6; h++) {
            Token t = tokens.get(h);
            boolean compoundPart = t.capitalised() && h + 1 < tokens.size() && tokens.get(h + 1).isHyphen()
                    && !tokens.get(h + 1).spaceBefore();
            if (covered[h]) return personCompound(d, h, det);
            if (t.capitalised() && !compoundPart) {
                if (covered[h] || !germanHead(t.lower(), det) || followedByName(h)) return null;
                if (h >= 2 && tokens.get(h - 1).isHyphen() && otherCompany(tokens.get(h - 2).lower())) return null;
                return new int[] {d + 1, h};
            }
            if (!(t.lowerCase() || t.isHyphen() || compoundPart)) return null;
        }
        return null;
    }

    /** "der Mark-Zuckerberg-Konzern": a person's name inside a company description. */
    private int[] personCompound(int d, int h, String det) {
        for (int k = h; k < tokens.size() && k <= h + 6; k++) {
            if (compoundHeads.containsKey(k) && compoundStart(k) <= h) {
                return germanHead(tokens.get(k).lower(), det) && !followedByName(k) ? new int[] {d + 1, k} : null;
            }
        }
        return null;
    }

    private boolean germanHead(String w, String det) {
        String head = null;
        for (String s : DE_HEADS) if (w.endsWith(s)) head = s;
        if (head == null) return false;
        if (otherCompany(w)) return false;
        if (head.startsWith("unternehmen")) return DE_NEUTER.contains(det);
        if (head.equals("firma")) return DE_FEMININE.contains(det);
        return DE_MASCULINE.contains(det);
    }

    private static boolean otherCompany(String w) {
        for (String o : DE_OTHER) if (w.startsWith(o)) return true;
        return false;
    }

    private int compoundStart(int h) {
        int k = h;
        while (k >= 2 && tokens.get(k - 1).isHyphen() && !tokens.get(k).spaceBefore()
                && !tokens.get(k - 1).spaceBefore() && tokens.get(k - 2).word()) {
            k -= 2;
        }
        return k;
    }

    private int[] english(int d) {
        if (!tokens.get(d).lower().equals("the")) return null;
        int modifiers = 0;
        for (int h = d + 1; h < tokens.size() && h <= d + 5; h++) {
            Token t = tokens.get(h);
            if (covered[h]) return null;
            if (t.isHyphen() && !t.spaceBefore()) continue;
            if (!t.word() || !t.lowerCase()) return null;
            String w = t.lower();
            if (EN_HEADS.contains(w) && (modifiers > 0 || !EN_NEEDS_MODIFIER.contains(w))) {
                // "the company of soldiers", "the company Acme": not a description of a known company
                boolean of = h + 1 < tokens.size() && tokens.get(h + 1).lower().equals("of");
                return followedByName(h) || of ? null : new int[] {modifiers > 0 ? d + 1 : h, h};
            }
            if (EN_NOT_MODIFIERS.contains(w) || w.endsWith("est") || t.number()) return null;
            modifiers++;
        }
        return null;
    }

    /** "der Konzern Meta", "the company Acme": an apposition, the name follows. */
    private boolean followedByName(int h) {
        return h + 1 < tokens.size() && covered[h + 1];
    }
}
