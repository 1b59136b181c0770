package org.claimgraph.claim.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.claim.Unit;
import org.claimgraph.ingest.Language;

/**
 * The rule-based {@link QuantityFinder} for German and English news. Stateless and immutable,
 * so one instance serves all threads. Steps, each in its own class: {@link Tokenizer} →
 * {@link RatioFinder}/{@link FractionFinder} → {@link NumberReader} (number, scale, unit) with
 * {@link ApproximationWords} and {@link CountNouns} → {@link Exclusions} → {@link Combiner}
 * (ranges, from–to pairs, lists) → {@link RoleRules} → {@link MentionBuilder}.
 */
public final class RuleBasedQuantityFinder implements QuantityFinder {

    /** numbers inside web and mail addresses are never quantities */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    public RuleBasedQuantityFinder() {
    }

    public static RuleBasedQuantityFinder create() {
        return new RuleBasedQuantityFinder();
    }

    @Override
    public List<QuantityMention> find(String sentence, Language language) {
        Objects.requireNonNull(sentence, "sentence");
        Language lang = language == null ? Language.EN : language;
        List<Tok> toks = Tokenizer.tokenize(sentence);
        boolean[] blocked = blocked(sentence, toks);
        List<Candidate> cands = new ArrayList<>();
        int lastEnd = 0;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (blocked[i] || t.type() == Tok.Type.PUNCT || t.isWord() && !mayStart(t.lower())) continue;
            Candidate c = RatioFinder.at(toks, i, lang);
            if (c == null) c = FractionFinder.at(toks, i, lang);
            if (c == null) c = number(toks, i, lang);
            if (c == null) continue;
            if (c.start < lastEnd) c.start = Math.max(c.numStart, lastEnd);
            if (c.numStart < lastEnd) {
                c.numStart = lastEnd;
                c.start = Math.max(c.start, lastEnd);
            }
            if (c.kind == QuantityKind.AMOUNT && Exclusions.excluded(toks, c)) {
                i = Math.max(i, c.core);
                continue;
            }
            cands.add(c);
            lastEnd = c.end;
            i = c.end - 1;
        }
        List<Candidate> combined = Combiner.combine(toks, cands, lang);
        for (int k = 0; k < combined.size(); k++) RoleRules.assign(toks, combined.get(k), lang, k > 0);
        RoleRules.markEarlier(toks, combined);
        for (Candidate c : combined) {
            Candidate p = c.listPrevious;
            // "Zuwächse von sieben beziehungsweise 5,7 Milliarden": the second member shares the first's role
            if (p != null && c.roleDefault && p.role == QuantityRole.CHANGE) {
                c.role = QuantityRole.CHANGE;
                c.sign = p.sign;
            }
        }
        Unit centCurrency = centCurrency(combined);
        List<QuantityMention> out = new ArrayList<>(combined.size());
        for (Candidate c : combined) {
            if (c.foreignCurrency || !c.anchored()) continue;
            out.add(MentionBuilder.build(sentence, toks, c, centCurrency));
        }
        return List.copyOf(out);
    }

    /** every word that can begin a quantity, so that most words cost one lookup */
    private static final Set<String> STARTERS = starters();

    private static Set<String> starters() {
        Set<String> s = new HashSet<>(NumberWords.words());
        s.addAll(ScaleWords.PLURALS);
        s.addAll(FractionFinder.VERBS.keySet());
        s.addAll(RatioFinder.WORDS);
        s.add("halbe");
        s.add("halben");
        s.add("die");
        s.add("the");
        return Set.copyOf(s);
    }

    private static boolean mayStart(String lower) {
        return STARTERS.contains(lower) || lower.endsWith("mal") || lower.endsWith("fach") || lower.endsWith("fold")
                || lower.endsWith("fache") || lower.endsWith("fachen");
    }

    private static Candidate number(List<Tok> toks, int i, Language lang) {
        Candidate c = NumberReader.read(toks, i, lang);
        if (c == null) return null;
        PhraseTable.Match<Hedge> h = ApproximationWords.accept(ApproximationWords.before(toks, c.numStart, lang), toks, c);
        c.hedge = h == null ? null : h.value();
        c.start = h == null ? c.numStart : h.start();
        c.end = c.numEnd;
        if (!c.hasUnit()) c.countNoun = CountNouns.after(toks, c.numEnd, lang);
        return c;
    }

    /** cents take the currency the sentence names elsewhere, else US dollars */
    private static Unit centCurrency(List<Candidate> cands) {
        for (Candidate c : cands) {
            if (!c.cent && c.unit != null && c.unit.isCurrency()) return c.unit;
        }
        return Unit.USD;
    }

    private static boolean[] blocked(String sentence, List<Tok> toks) {
        boolean[] b = new boolean[toks.size()];
        if (sentence.indexOf('@') < 0 && !sentence.contains("://") && !sentence.contains("www.")) return b;
        Matcher m = ADDRESS.matcher(sentence);
        while (m.find()) {
            for (int k = 0; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (t.begin() < m.end() && t.end() > m.start()) b[k] = true;
            }
        }
        return b;
    }
}
