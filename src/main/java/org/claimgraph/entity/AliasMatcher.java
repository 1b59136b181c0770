package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds catalogue names in the token stream: longest match first, with German genitive -s
 * ("Metas"), hyphen compounds ("Meta-Aktie", suspended "Facebook- und"), entity as the last
 * part of a compound ("Ex-Twitter") and English possessives ("Nvidia's").
 */
final class AliasMatcher {

    private final AliasIndex index;
    private final boolean genitive;

    AliasMatcher(AliasIndex index, boolean genitive) {
        this.index = index;
        this.genitive = genitive;
    }

    List<Candidate> find(List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Candidate c = tokens.get(i).word() ? matchAt(tokens, i) : null;
            if (c == null) {
                i++;
            } else {
                out.add(c);
                i = c.lastToken() + 1;
            }
        }
        return out;
    }

    private Candidate matchAt(List<Token> tokens, int i) {
        AliasIndex.Node n = index.root();
        AliasEntry best = null;
        int bestEnd = -1;
        boolean bestGenitive = false;
        for (int j = i; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (genitive && t.word() && t.text().length() > 2 && t.text().endsWith("s")) {
                AliasIndex.Node g = n.child(t.lower().substring(0, t.text().length() - 1));
                AliasEntry e = g == null ? null : accept(g, tokens, i, j, true);
                if (e != null && j >= bestEnd) {
                    best = e;
                    bestEnd = j;
                    bestGenitive = true;
                }
            }
            AliasIndex.Node c = n.child(t.lower());
            if (c == null && j > i && t.isHyphen() && !t.spaceBefore() && j + 1 < tokens.size()
                    && !tokens.get(j + 1).spaceBefore()) {
                // "Mark-Zuckerberg-Konzern", "Llama-3": a hyphen may stand for a space inside a name
                continue;
            }
            if (c == null) break;
            n = c;
            AliasEntry e = accept(n, tokens, i, j, false);
            if (e != null && (j > bestEnd || bestGenitive)) {
                best = e;
                bestEnd = j;
                bestGenitive = false;
            }
        }
        if (best == null) return null;
        return shape(tokens, best, i, bestEnd, bestGenitive);
    }

    /** The best entry at this node whose case matches the text, or null. */
    private static AliasEntry accept(AliasIndex.Node n, List<Token> tokens, int i, int j, boolean genitive) {
        for (AliasEntry e : n.entries()) {
            if (caseMatches(e, tokens, i, j, genitive)) return e;
        }
        return null;
    }

    private static boolean caseMatches(AliasEntry e, List<Token> tokens, int i, int j, boolean genitive) {
        List<String> want = e.tokens();
        int k = 0;
        for (int p = i; p <= j; p++) {
            Token t = tokens.get(p);
            if (k >= want.size() || !t.text().equalsIgnoreCase(want.get(k))) {
                if (t.isHyphen() && p > i) continue; // hyphen standing for a space
                if (!(genitive && p == j)) return false;
            }
            String surface = genitive && p == j ? t.text().substring(0, t.text().length() - 1) : t.text();
            String alias = want.get(k);
            if (e.caseSensitive()) {
                if (!surface.equals(alias)) return false;
            } else if (k == 0 && Character.isUpperCase(alias.codePointAt(0))
                    && !Character.isUpperCase(surface.codePointAt(0))) {
                // "tesla", "apple" in running text are words, not the company
                return false;
            }
            k++;
        }
        return k == want.size();
    }

    private static Candidate shape(List<Token> tokens, AliasEntry e, int i, int j, boolean genitive) {
        Token first = tokens.get(i);
        Token last = tokens.get(j);
        boolean tail = i >= 2 && tokens.get(i - 1).isHyphen() && !tokens.get(i - 1).spaceBefore()
                && !first.spaceBefore() && tokens.get(i - 2).word();
        if (tail && e.contextual()) return null;
        if (genitive) return new Candidate(e, i, j, first.begin(), last.end(), "genitive", cue(tokens, i, j));
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        Token after = j + 2 < tokens.size() ? tokens.get(j + 2) : null;
        if (next != null && next.isHyphen() && !next.spaceBefore()) {
            if (after != null && after.word() && !after.spaceBefore()) {
                return new Candidate(e, i, j + 2, first.begin(), last.end(), "compound",
                        CueWords.compoundHead(after.text()) || cue(tokens, i, j));
            }
            if (after == null || after.spaceBefore()) {
                return new Candidate(e, i, j + 1, first.begin(), last.end(), "compound",
                        suspendedHead(tokens, j + 2) || cue(tokens, i, j));
            }
        }
        if (next != null && next.isApostrophe() && !next.spaceBefore() && after != null
                && after.text().equals("s") && !after.spaceBefore()) {
            return new Candidate(e, i, j + 2, first.begin(), last.end(), "possessive", cue(tokens, i, j));
        }
        return new Candidate(e, i, j, first.begin(), last.end(), tail ? "compound" : "alias", cue(tokens, i, j));
    }

    /** "Facebook- und Instagram-Feeds": the head is the part after the next attached hyphen. */
    private static boolean suspendedHead(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size() - 1, from + 6); k++) {
            Token h = tokens.get(k);
            Token w = tokens.get(k + 1);
            if (h.isHyphen() && !h.spaceBefore() && w.word() && !w.spaceBefore()) return CueWords.compoundHead(w.text());
        }
        return false;
    }

    /** A type noun next to the name, or a version number after it ("Plattform X", "Llama 3"). */
    private static boolean cue(List<Token> tokens, int i, int j) {
        Token prev = i >= 1 ? tokens.get(i - 1) : null;
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        // "der X-Konkurrent Threads", "die Alphabet-Tochter Google": a business compound in apposition
        boolean apposition = prev != null && prev.word() && i >= 3 && tokens.get(i - 2).isHyphen()
                && !prev.spaceBefore() && CueWords.compoundHead(prev.text());
        return apposition || CueWords.typeNoun(prev) || CueWords.typeNoun(next) || (next != null && next.number())
                || usersOf(tokens, i) || countsUsers(tokens, j);
    }

    /** "Threads hat mehr als 400 Millionen Nutzer", "X has 600 million users": a name that counts users is an app. */
    private static boolean countsUsers(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size()) return false;
        String verb = tokens.get(j + 1).lower();
        if (!(verb.equals("hat") || verb.equals("has") || verb.equals("had") || verb.equals("hatte") || verb.equals("zählt")
                || verb.equals("counts") || verb.equals("kommt"))) return false;
        boolean number = false;
        for (int k = j + 2; k < Math.min(tokens.size(), j + 10); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(".") || t.text().equals(";")) return false;
            if (t.number()) number = true;
            String w = t.lower();
            if (number && (w.startsWith("nutzer") || w.startsWith("user") || w.equals("anwender") || w.startsWith("abonnent")
                    || w.startsWith("subscriber"))) return true;
        }
        return false;
    }

    /** "Nutzer von Threads", "users of X": a name whose users are counted is an app or a platform. */
    private static boolean usersOf(List<Token> tokens, int i) {
        if (i < 2) return false;
        String of = tokens.get(i - 1).lower();
        String noun = tokens.get(i - 2).lower();
        return (of.equals("von") || of.equals("of") || of.equals("on"))
                && (noun.startsWith("nutzer") || noun.startsWith("user") || noun.equals("anwender") || noun.startsWith("abonnent")
                    || noun.startsWith("subscriber"));
    }
}
