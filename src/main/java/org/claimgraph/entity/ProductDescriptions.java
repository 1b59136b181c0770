package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Musks Kurznachrichtendienst", "Zuckerberg's app": an owner in the genitive followed by a product
 * noun means that owner's product. Resolved only when exactly one product the catalogue ties to
 * the owner (through cg:contextEntity) is named elsewhere in the document, so this never
 * introduces an entity the text does not name.
 */
final class ProductDescriptions {

    private final Map<String, List<Entity>> productsByOwner;

    private ProductDescriptions(Map<String, List<Entity>> productsByOwner) {
        this.productsByOwner = productsByOwner;
    }

    static ProductDescriptions compile(Catalogue catalogue) {
        Map<String, List<Entity>> map = new HashMap<>();
        for (CatalogueEntry e : catalogue.entries()) {
            if (!e.entity().type().isProduct()) continue;
            for (String owner : e.contextEntities()) map.computeIfAbsent(owner, k -> new ArrayList<>()).add(e.entity());
        }
        return new ProductDescriptions(map);
    }

    List<Mention> find(List<Token> tokens, boolean[] covered, List<Candidate> accepted, String text) {
        Set<Entity> present = new HashSet<>();
        for (Candidate c : accepted) present.add(c.entity());
        List<Mention> out = new ArrayList<>();
        for (Candidate c : accepted) {
            if (!(c.form().equals("genitive") || c.form().equals("possessive"))) continue;
            List<Entity> products = productsByOwner.get(c.entity().slug());
            if (products == null) continue;
            int n = c.lastToken() + 1;
            if (n < tokens.size() && tokens.get(n).lowerCase() && n + 1 < tokens.size()) n++; // "Musk's social network"
            if (n >= tokens.size() || covered[n] || !CueWords.productNoun(tokens.get(n))) continue;
            if (n + 1 < tokens.size() && covered[n + 1]) continue; // "Musks Dienst X": the name follows
            Entity only = null;
            int count = 0;
            for (Entity p : products) {
                if (present.contains(p)) {
                    only = p;
                    count++;
                }
            }
            if (count != 1) continue;
            int begin = tokens.get(c.lastToken() + 1).begin();
            int end = tokens.get(n).end();
            for (int k = c.lastToken() + 1; k <= n; k++) covered[k] = true;
            out.add(new Mention(only, begin, end, text.substring(begin, end), "coreference"));
        }
        return out;
    }
}
