package org.claimgraph.wikidata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides links for unlinked entities. The best candidate is accepted only when it reaches the
 * minimum score and stands clearly ahead of the next one; otherwise nothing is linked: a wrong
 * link does more harm than a missing one.
 */
public final class Linker {

    /** How far the best candidate must be ahead of the second to count as clear. */
    static final BigDecimal MARGIN = new BigDecimal("0.2");

    private final CandidateSearch search;
    private final LinkScorer scorer = new LinkScorer();
    private final BigDecimal minScore;

    public Linker(CandidateSearch search, BigDecimal minScore) {
        this.search = search;
        this.minScore = minScore;
    }

    public List<LinkDecision> decide(UnlinkedEntity entity) {
        Map<Qid, Candidate> candidates = new LinkedHashMap<>();
        for (String name : names(entity)) {
            for (Candidate c : search.find(name, languages(entity, name))) candidates.merge(c.item(), c, Candidate::merge);
        }
        String label = entity.displayLabel();
        if (candidates.isEmpty())
            return List.of(new LinkDecision(entity.iri(), label, Optional.empty(), LinkDecision.LABEL_EXACT,
                    BigDecimal.ZERO, false, "no item has this exact label or alias"));
        List<LinkScorer.Scored> scored = new ArrayList<>();
        candidates.values().forEach(c -> scored.add(scorer.score(entity, c)));
        scored.sort(Comparator.comparing(LinkScorer.Scored::score).reversed()
                .thenComparing(s -> s.candidate().item()));
        LinkScorer.Scored best = scored.get(0);
        Optional<LinkScorer.Scored> second = scored.stream().skip(1).filter(s -> !s.excluded()).findFirst();
        boolean clear = second.isEmpty() || best.score().subtract(second.get().score()).compareTo(MARGIN) >= 0;
        boolean accept = !best.excluded() && best.score().compareTo(minScore) >= 0 && clear;
        List<LinkDecision> out = new ArrayList<>();
        for (LinkScorer.Scored s : scored) {
            boolean accepted = accept && s == best;
            List<String> why = new ArrayList<>(s.reasons());
            if (!accepted && !s.excluded()) {
                if (s.score().compareTo(minScore) < 0) why.add("below " + minScore.toPlainString());
                else if (s == best || !clear) why.add("ambiguous: " + rivals(scored, s) + " score alike");
                else why.add("behind " + best.candidate().item());
            }
            out.add(new LinkDecision(entity.iri(), label, Optional.of(s.candidate().item()), LinkDecision.LABEL_EXACT,
                    s.score(), accepted, String.join("; ", why)));
        }
        return out;
    }

    private static String rivals(List<LinkScorer.Scored> scored, LinkScorer.Scored self) {
        List<String> ids = new ArrayList<>();
        for (LinkScorer.Scored s : scored) {
            if (!s.excluded() && s != self && self.score().subtract(s.score()).abs().compareTo(MARGIN) < 0)
                ids.add(s.candidate().item().toString());
        }
        return ids.isEmpty() ? "others" : String.join(", ", ids);
    }

    private static Set<String> names(UnlinkedEntity e) {
        Set<String> names = new LinkedHashSet<>();
        e.labels().forEach(n -> names.add(n.text().strip()));
        names.removeIf(String::isEmpty);
        return names;
    }

    /** The articles' languages, and the languages the entity's labels with that text are tagged with. */
    private static Set<String> languages(UnlinkedEntity e, String name) {
        Set<String> langs = new LinkedHashSet<>(e.languages());
        e.labels().stream().filter(n -> n.text().strip().equals(name) && !n.lang().isEmpty())
                .forEach(n -> langs.add(n.lang()));
        if (langs.isEmpty()) langs.add("en");
        return langs;
    }
}
