package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * All catalogue names compiled once into a trie over lower-cased tokens, so recognising an
 * article costs one walk per token rather than one search per alias.
 */
final class AliasIndex {

    static final class Node {
        private Map<String, Node> children;
        private List<AliasEntry> entries;

        Node child(String lowerToken) {
            return children == null ? null : children.get(lowerToken);
        }

        boolean hasChildren() {
            return children != null;
        }

        List<AliasEntry> entries() {
            return entries == null ? List.of() : entries;
        }

        private Node add(String lowerToken) {
            if (children == null) children = new HashMap<>(4);
            return children.computeIfAbsent(lowerToken, k -> new Node());
        }
    }

    private final Node root = new Node();
    private final int caseInsensitiveMinLength;

    private AliasIndex(int caseInsensitiveMinLength) {
        this.caseInsensitiveMinLength = caseInsensitiveMinLength;
    }

    Node root() {
        return root;
    }

    static AliasIndex compile(Catalogue catalogue, int caseInsensitiveMinLength) {
        AliasIndex index = new AliasIndex(caseInsensitiveMinLength);
        for (CatalogueEntry e : catalogue.entries()) index.addEntity(e);
        index.sortEntries(index.root);
        return index;
    }

    private void addEntity(CatalogueEntry e) {
        Entity entity = e.entity();
        Set<String> context = new HashSet<>(e.contextEntities());
        context.add(entity.slug());
        Set<String> done = new HashSet<>();
        Set<String> labels = new HashSet<>(entity.labels().values());
        for (String label : entity.labels().values()) {
            if (done.add(label)) add(entity, label, e.contextAliases().contains(label), context, AliasEntry.LABEL);
        }
        for (String alias : entity.aliases()) {
            if (!done.add(alias)) continue;
            boolean external = e.externalAliases().contains(alias);
            // Wikidata lists abbreviations and lower-case nicknames we cannot trust on their own
            boolean weak = external && (letters(alias) <= 3 || alias.equals(alias.toLowerCase(Locale.ROOT)));
            add(entity, alias, e.contextAliases().contains(alias) || weak, context,
                    external ? AliasEntry.EXTERNAL : AliasEntry.ALIAS);
        }
        if (entity.type() == EntityType.PERSON) {
            Set<String> self = Set.of(entity.slug());
            for (String name : List.copyOf(done)) {
                if (e.externalAliases().contains(name) && !labels.contains(name)) continue;
                List<Token> t = words(name);
                if (t.size() < 2) continue;
                String surname = t.get(t.size() - 1).text();
                if (surname.length() >= 2 && Character.isUpperCase(surname.charAt(0)) && done.add(surname)) {
                    add(entity, surname, true, self, AliasEntry.SURNAME);
                }
            }
        }
    }

    private void add(Entity entity, String alias, boolean contextual, Set<String> context, int priority) {
        List<Token> tokens = Tokenizer.tokens(alias);
        if (tokens.isEmpty()) return;
        List<String> texts = new ArrayList<>(tokens.size());
        Node n = root;
        for (Token t : tokens) {
            texts.add(t.text());
            n = n.add(t.lower());
        }
        boolean caseSensitive = contextual || letters(alias) < caseInsensitiveMinLength;
        if (n.entries == null) n.entries = new ArrayList<>(1);
        n.entries.add(new AliasEntry(entity, alias, List.copyOf(texts), contextual,
                Set.copyOf(context), caseSensitive, priority));
    }

    private void sortEntries(Node n) {
        if (n.entries != null) {
            n.entries.sort(Comparator.comparingInt(AliasEntry::priority).reversed()
                    .thenComparing(a -> a.entity().slug()));
            n.entries = List.copyOf(n.entries);
        }
        if (n.children != null) for (Node c : n.children.values()) sortEntries(c);
    }

    private static List<Token> words(String s) {
        List<Token> out = new ArrayList<>();
        for (Token t : Tokenizer.tokens(s)) if (t.word()) out.add(t);
        return out;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
        return n;
    }
}
