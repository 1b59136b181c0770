package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which ambiguous names stand. An ambiguous name ("X", "Threads", a bare surname) is kept
 * when its own sentence shows it is a name (a cue), or when the document names, unambiguously,
 * the entity itself or one of its context entities. Accepted names count as context in turn
 * ("Meta" supports "Threads", which supports "X"), so this runs to a fixpoint.
 */
final class ContextResolver {

    private ContextResolver() {
    }

    static List<Candidate> resolve(List<Candidate> candidates) {
        Set<String> present = new HashSet<>();
        for (Candidate c : candidates) if (!c.entry().contextual()) present.add(c.entity().slug());
        boolean[] accepted = new boolean[candidates.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < candidates.size(); k++) {
                Candidate c = candidates.get(k);
                if (accepted[k]) continue;
                if (!c.entry().contextual() || c.cue() || supported(c.entry(), present)) {
                    accepted[k] = true;
                    changed |= present.add(c.entity().slug());
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) if (accepted[k]) out.add(candidates.get(k));
        return out;
    }

    private static boolean supported(AliasEntry e, Set<String> present) {
        for (String slug : e.contextSlugs()) if (present.contains(slug)) return true;
        return false;
    }
}
