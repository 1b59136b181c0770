package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Decides which ambiguous names stand. An ambiguous name ("X", "Threads", a bare surname) is kept
 * when its own sentence shows it is a name (a cue), or when the document names, unambiguously,
 * the entity itself or one of its context entities. Accepted names count as context in turn
 * ("Meta" supports "Threads", which supports "X"), so this runs to a fixpoint; two names that are
 * each other's context and stand close together support each other.
 */
final class ContextResolver {

    private ContextResolver() {
    }

    private static final Set<String> LIST_WORDS = Set.of(",", "and", "und", "&", "or", "oder", "sowie");

    static List<Candidate> resolve(List<Candidate> candidates, List<Token> tokens) {
        return resolve(candidates, tokens, offset -> false);
    }

    /**
     * @param weakStart offsets where capitalisation says nothing (English sentence starts): a plain
     *                  capitalised one-word name there ("Apple pie is…") needs context too
     */
    static List<Candidate> resolve(List<Candidate> candidates, List<Token> tokens, IntPredicate weakStart) {
        boolean[] needs = new boolean[candidates.size()];
        for (int k = 0; k < needs.length; k++) needs[k] = needsContext(candidates.get(k), weakStart);
        Set<String> present = new HashSet<>();
        for (int k = 0; k < needs.length; k++) if (!needs[k]) present.add(candidates.get(k).entity().slug());
        boolean[] accepted = new boolean[candidates.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < candidates.size(); k++) {
                Candidate c = candidates.get(k);
                if (accepted[k]) continue;
                if (!needs[k] || c.cue() || supported(c.entry(), present)
                        || listedWith(candidates, accepted, k, k - 1, tokens)
                        || listedWith(candidates, accepted, k, k + 1, tokens)) {
                    accepted[k] = true;
                    present.add(c.entity().slug());
                    changed = true;
                }
            }
        }
        acceptMutualContext(candidates, accepted);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) if (accepted[k]) out.add(candidates.get(k));
        return out;
    }

    /** How close two ambiguous names must stand to vouch for each other: about a sentence. */
    private static final int MUTUAL_DISTANCE = 150;

    /**
     * "Threads hat halb so viele Nutzer wie X": two ambiguous names, each the other's context
     * entity, named close together, stand for each other — rivals are named with their rivals.
     */
    private static void acceptMutualContext(List<Candidate> candidates, boolean[] accepted) {
        for (int i = 0; i < candidates.size(); i++) {
            if (accepted[i]) continue;
            Candidate a = candidates.get(i);
            for (int j = 0; j < candidates.size(); j++) {
                Candidate b = candidates.get(j);
                if (j == i || a.entity().slug().equals(b.entity().slug())
                        || Math.abs(a.begin() - b.begin()) > MUTUAL_DISTANCE) continue;
                if (a.entry().contextSlugs().contains(b.entity().slug()) && b.entry().contextSlugs().contains(a.entity().slug())) {
                    accepted[i] = true;
                    accepted[j] = true;
                }
            }
        }
    }

    /**
     * Ambiguous names need context, and so do short names as the first part of a compound that
     * does not look like business talk: "Meta-Aktie" is the company, "Meta-Analyse" is not.
     */
    private static boolean needsContext(Candidate c, IntPredicate weakStart) {
        if (c.entry().contextual()) return true;
        if (c.form().equals("compound")) return !c.cue();
        return c.form().equals("alias") && c.firstToken() == c.lastToken() && weakStart.test(c.begin())
                && titleCase(c.entry().alias());
    }

    /** "Apple", "Oracle": looks like an ordinary word; "TikTok", "IBM", "OpenAI" do not. */
    private static boolean titleCase(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) if (!Character.isLowerCase(s.charAt(i))) return false;
        return true;
    }

    /**
     * "Microsoft and Apple", "Amazon, Google und Meta": an ambiguous name listed with an accepted
     * name of the same kind is a name too. Not for one-letter names, which lists of letters have.
     */
    private static boolean listedWith(List<Candidate> candidates, boolean[] accepted, int k, int other,
                                      List<Token> tokens) {
        if (other < 0 || other >= candidates.size() || !accepted[other]) return false;
        Candidate c = candidates.get(k);
        Candidate o = candidates.get(other);
        if (c.entry().alias().length() < 2 || kind(c.entity()) != kind(o.entity())) return false;
        int from = Math.min(c.lastToken(), o.lastToken()) + 1;
        int to = Math.max(c.firstToken(), o.firstToken());
        if (from >= to) return false;
        for (int t = from; t < to; t++) if (!LIST_WORDS.contains(tokens.get(t).lower())) return false;
        return true;
    }

    private static int kind(Entity e) {
        return e.type().isProduct() ? 2 : e.type() == EntityType.PERSON ? 1 : 0;
    }

    private static boolean supported(AliasEntry e, Set<String> present) {
        for (String slug : e.contextSlugs()) if (present.contains(slug)) return true;
        return false;
    }
}
