package org.claimgraph.claim.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-token phrases ("mehr als", "US-Dollar", "Mrd.", "per cent") mapped to a value, matched
 * case-insensitively on tokens, longest phrase first. Phrases are tokenized by the same
 * {@link Tokenizer} as the sentences, so "US-Dollar" is the three tokens us - dollar.
 * Immutable once built, hence safe to share between threads.
 */
final class PhraseTable<V> {

    record Match<V>(int start, int end, V value) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLast = new HashMap<>();

    PhraseTable<V> add(V value, String... phrases) {
        for (String p : phrases) {
            String[] words = Tokenizer.tokenize(p).stream().map(Tok::lower).toArray(String[]::new);
            Entry<V> e = new Entry<>(words, value);
            insert(byFirst, words[0], e);
            insert(byLast, words[words.length - 1], e);
        }
        return this;
    }

    private static <V> void insert(Map<String, List<Entry<V>>> map, String key, Entry<V> e) {
        List<Entry<V>> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        list.add(e);
        list.sort(Comparator.comparingInt((Entry<V> x) -> x.words.length).reversed());
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> at(List<Tok> toks, int i) {
        if (i < 0 || i >= toks.size()) return null;
        List<Entry<V>> cands = byFirst.get(toks.get(i).lower());
        if (cands == null) return null;
        for (Entry<V> e : cands) {
            if (i + e.words.length > toks.size()) continue;
            boolean ok = true;
            for (int k = 1; k < e.words.length && ok; k++) ok = toks.get(i + k).lower().equals(e.words[k]);
            if (ok) return new Match<>(i, i + e.words.length, e.value);
        }
        return null;
    }

    /** The longest phrase ending just before token {@code end}, or null. */
    Match<V> before(List<Tok> toks, int end) {
        if (end <= 0 || end > toks.size()) return null;
        List<Entry<V>> cands = byLast.get(toks.get(end - 1).lower());
        if (cands == null) return null;
        for (Entry<V> e : cands) {
            int start = end - e.words.length;
            if (start < 0) continue;
            boolean ok = true;
            for (int k = 0; k < e.words.length - 1 && ok; k++) ok = toks.get(start + k).lower().equals(e.words[k]);
            if (ok) return new Match<>(start, end, e.value);
        }
        return null;
    }

    boolean contains(String lowerWord) {
        List<Entry<V>> l = byFirst.get(lowerWord);
        if (l == null) return false;
        for (Entry<V> e : l) if (e.words.length == 1) return true;
        return false;
    }
}
