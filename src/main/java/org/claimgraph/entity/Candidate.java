package org.claimgraph.entity;

/**
 * A catalogue name found in the text, before ambiguous names are checked against their context.
 *
 * @param form  "alias", "compound", "genitive" or "possessive"
 * @param cue   the same sentence shows the name is used as a name (compound head, type noun)
 */
record Candidate(AliasEntry entry, int firstToken, int lastToken, int begin, int end, String form, boolean cue) {

    Entity entity() {
        return entry.entity();
    }

    /** The method recorded on the mention: an ambiguous name in plain form was accepted by context. */
    String method() {
        return entry.contextual() && form.equals("alias") ? "context" : form;
    }
}
