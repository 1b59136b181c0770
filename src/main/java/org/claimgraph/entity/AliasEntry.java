package org.claimgraph.entity;

import java.util.List;
import java.util.Set;

/**
 * One name of one entity as compiled into the {@link AliasIndex}.
 *
 * @param tokens        the name as written, tokenised like the text
 * @param contextual    accepted only when the document supports it (ambiguous names, bare surnames)
 * @param contextSlugs  entities whose unambiguous presence supplies that support (always incl. itself)
 * @param caseSensitive short and ambiguous names must match exactly
 * @param priority      which entity a name shared by several belongs to: label 3, catalogue
 *                      alias 2, derived surname 1, Wikidata alias 0
 */
record AliasEntry(Entity entity, String alias, List<String> tokens, boolean contextual,
                  Set<String> contextSlugs, boolean caseSensitive, int priority) {

    static final int LABEL = 3;
    static final int ALIAS = 2;
    static final int SURNAME = 1;
    static final int EXTERNAL = 0;
}
