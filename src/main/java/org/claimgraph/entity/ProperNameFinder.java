package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ingest.Language;

/**
 * Names the catalogue does not know, made into typed, unlinked entities. Conservative on purpose,
 * since every false entity costs precision and German capitalises every noun: a person needs two
 * name-shaped words plus a cue (role word, title, speech verb, byline, known first name); an
 * organisation needs a legal or business suffix ("Acme Inc.", "Deutsche Bank") or a cue noun
 * before it ("das Unternehmen Acme").
 */
final class ProperNameFinder {

    private final List<Token> tokens;
    private final boolean[] covered;
    private final String text;
    private final Language language;
    private final Map<String, Entity> minted = new LinkedHashMap<>();
    private final List<Mention> out = new ArrayList<>();

    ProperNameFinder(List<Token> tokens, boolean[] covered, String text, Language language) {
        this.tokens = tokens;
        this.covered = covered;
        this.text = text;
        this.language = language;
    }

    List<Mention> find() {
        dateline();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !tokens.get(i).capitalised()) continue; // every name starts capitalised
            int end = organisationBySuffix(i);
            if (end < 0) end = organisationByCue(i);
            if (end < 0) end = person(i);
            if (end >= 0) i = end;
        }
        repeats();
        surnames();
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** i is the first name token; returns the last token of the match or -1. */
    private int organisationBySuffix(int i) {
        int k = i;
        while (k < tokens.size() && k - i < 3 && nameWord(k) && !NameLists.ORG_SUFFIXES.contains(tokens.get(k).text())) {
            k++;
        }
        if (k == i || k >= tokens.size() || covered[k]) return -1;
        Token suffix = tokens.get(k);
        if (!NameLists.ORG_SUFFIXES.contains(suffix.text()) || suffix.spaceBefore() == false) return -1;
        if (i > 0 && tokens.get(i - 1).capitalised() && !covered[i - 1] && nameWord(i - 1)) return -1; // started too late
        int last = k;
        if (NameLists.ABBREVIATED.contains(suffix.text()) && k + 1 < tokens.size()
                && tokens.get(k + 1).text().equals(".") && !tokens.get(k + 1).spaceBefore()) {
            last = k + 1;
        }
        add(i, last, EntityType.ORGANIZATION);
        return last;
    }

    private int organisationByCue(int i) {
        if (i == 0 || !nameWord(i)) return -1;
        Token cue = tokens.get(i - 1);
        if (!NameLists.ORG_CUES.contains(cue.lower())) return -1;
        Token t = tokens.get(i);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (language != Language.EN) {
            // German nouns are capitalised too: "weil das Unternehmen Gewinne macht" is no name
            boolean shaped = hasInnerCapital(t.text()) || t.text().chars().anyMatch(Character::isDigit);
            boolean closed = next == null || (!next.word() && !next.isHyphen());
            if (!shaped && !(closed && !germanNoun(t.lower()))) return -1;
        }
        if (next != null && next.isHyphen() && !next.spaceBefore()) return -1;
        add(i, i, EntityType.ORGANIZATION);
        return i;
    }

    private int person(int i) {
        if (i + 1 >= tokens.size() || !personWord(i) || !personWord(i + 1)) return -1;
        if (tokens.get(i + 1).spaceBefore() == false) return -1;
        Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
        if (after != null && after.isHyphen() && !after.spaceBefore()) return -1; // "Susan Li-Nachfolger"
        if (i > 0 && tokens.get(i - 1).isHyphen() && !tokens.get(i).spaceBefore()) return -1;
        if (NameLists.NOT_SURNAMES.contains(tokens.get(i + 1).lower())) return -1;
        Token first = tokens.get(i);
        if (NameLists.PERSON_TITLES.contains(first.lower()) || RoleCues.relation(first).isPresent()) return -1;
        if (!personCue(i)) return -1;
        add(i, i + 1, EntityType.PERSON);
        return i + 1;
    }

    private boolean personCue(int i) {
        Token prev = word(i - 1);
        if (prev != null) {
            String p = prev.lower();
            if (NameLists.PERSON_TITLES.contains(p) || RoleCues.relation(prev).isPresent()) return true;
            if (NameLists.SPEECH_VERBS.contains(p)) return true; // "sagte Erika Muster", "said Jane Roe"
            if ((p.equals("von") || p.equals("by"))) {
                Token before = word(i - 2);
                if (before == null || NameLists.BYLINE_WORDS.contains(before.lower()) || i - 2 < 0) return true;
            }
            // "--With assistance from Jane Roe", "Mitarbeit: Jane Roe"
            if (p.equals("from") && word(i - 2) != null && word(i - 2).lower().equals("assistance")) return true;
            // "Anna Tong und Jane Roe": a second person in a list of names
            if ((p.equals("und") || p.equals("and")) && i >= 3 && lastWasPersonEndingAt(i - 2)) return true;
            // "Reporting by Jane Roe in San Francisco and John Doe in Berlin": the place of the one before
            if ((p.equals("und") || p.equals("and")) && personBeforePlace(i - 2)) return true;
        }
        if (i >= 1 && tokens.get(i - 1).text().equals(",") && lastWasPersonEndingAt(i - 2)) return true;
        Token next = word(i + 2);
        if (next != null && NameLists.SPEECH_VERBS.contains(next.lower())) return true;
        if (i + 3 < tokens.size() && tokens.get(i + 2).text().equals(",")
                && RoleCues.relation(tokens.get(i + 3)).isPresent()) return true;
        return NameLists.FIRST_NAMES.contains(tokens.get(i).lower());
    }

    /** Tokens ..k are "<person> in <Place>" (a place of one or two capitalised words). */
    private boolean personBeforePlace(int k) {
        for (int len = 1; len <= 2; len++) {
            int in = k - len;
            if (in < 1) return false;
            boolean place = true;
            for (int t = in + 1; t <= k; t++) place &= tokens.get(t).word() && tokens.get(t).capitalised();
            if (place && tokens.get(in).lower().equals("in") && lastWasPersonEndingAt(in - 1)) return true;
        }
        return false;
    }

    private boolean lastWasPersonEndingAt(int k) {
        if (out.isEmpty() || k < 0) return false;
        Mention m = out.get(out.size() - 1);
        return m.entity().type() == EntityType.PERSON && m.end() == tokens.get(k).end();
    }

    /** The agency of a dateline, when the catalogue does not know it. */
    private void dateline() {
        int[] span = Dateline.agencySpan(tokens);
        if (span == null) return;
        for (int k = span[0]; k <= span[1]; k++) if (covered[k]) return;
        add(span[0], span[1], EntityType.ORGANIZATION);
    }

    /** Later occurrences of a name found once by its cue ("Reporting by Jane Roe" ... "Jane Roe"). */
    private void repeats() {
        for (Entity e : List.copyOf(minted.values())) {
            List<Token> name = Tokenizer.tokens(e.label("en"));
            for (int i = 0; i + name.size() <= tokens.size(); i++) {
                boolean match = true;
                for (int k = 0; k < name.size() && match; k++) {
                    match = !covered[i + k] && tokens.get(i + k).text().equals(name.get(k).text());
                }
                if (match) add(i, i + name.size() - 1, e.type());
            }
        }
    }

    /** Later bare surnames of the people just found ("Tong said"). */
    private void surnames() {
        Map<String, Entity> bySurname = new LinkedHashMap<>();
        for (Entity e : minted.values()) {
            if (e.type() != EntityType.PERSON) continue;
            String label = e.label("en");
            bySurname.put(label.substring(label.lastIndexOf(' ') + 1), e);
        }
        if (bySurname.isEmpty()) return;
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !tokens.get(i).capitalised()) continue;
            String w = tokens.get(i).text();
            Entity e = bySurname.get(w);
            if (e == null && language != Language.EN && w.endsWith("s")) e = bySurname.get(w.substring(0, w.length() - 1));
            if (e == null) continue;
            Token t = tokens.get(i);
            covered[i] = true;
            out.add(new Mention(e, t.begin(), t.end(), t.text(), "proper-name"));
        }
    }

    private void add(int first, int last, EntityType type) {
        int begin = tokens.get(first).begin();
        int end = tokens.get(last).end();
        String name = text.substring(begin, end);
        String slug = Slugs.slug(name);
        Entity e = minted.computeIfAbsent(slug, s -> new Entity(s, type,
                Map.of(language == null ? "en" : language.tag(), name), List.of(), null));
        for (int k = first; k <= last; k++) covered[k] = true;
        out.add(new Mention(e, begin, end, name, "proper-name"));
    }

    private Token word(int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).word() ? tokens.get(k) : null;
    }

    /** A capitalised word that may be part of an organisation's name. */
    private boolean nameWord(int k) {
        if (k < 0 || k >= tokens.size() || covered[k]) return false;
        Token t = tokens.get(k);
        return t.capitalised() && !NameLists.NOT_NAMES.contains(t.lower());
    }

    /** "Susan", "Li": capitalised, the rest lower-case letters. */
    private boolean personWord(int k) {
        if (!nameWord(k)) return false;
        String s = tokens.get(k).text();
        if (s.length() < 2) return false;
        for (int c = 1; c < s.length(); c++) if (!Character.isLowerCase(s.charAt(c))) return false;
        return true;
    }

    private static boolean hasInnerCapital(String s) {
        for (int c = 1; c < s.length(); c++) if (Character.isUpperCase(s.charAt(c))) return true;
        return false;
    }

    private static boolean germanNoun(String lower) {
        for (String e : NameLists.GERMAN_NOUN_ENDINGS) if (lower.endsWith(e)) return true;
        return false;
    }

}
