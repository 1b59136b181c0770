package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.Sentence;

/**
 * "Die Zahl der Nutzer stieg auf 700 Millionen. Das teilte OpenAI-Manager Nick Turley am Montag
 * mit.": a short sentence that only says who announced the one before attributes that sentence's
 * figures, unless they have a source of their own or are someone's estimate.
 */
final class NextSentenceSource {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SOURCE_SENTENCE = Pattern.compile(
        "^\\s*(?:das|dies)\\s+(?:teilte[n]?\\s.*\\bmit|gab(?:en)?\\s.*\\bbekannt|berichtete[n]?|meldete[n]?|sagte[n]?|erklärte[n]?|schrieb(?:en)?|bestätigte[n]?)\\b[^.!?]*[.!?]?\\s*$"
        + "|^\\s*(?:that|this) (?:was|is) according to\\b.*$", F);

    private NextSentenceSource() {
    }

    static List<QuantitativeClaim> attribute(List<QuantitativeClaim> figures, Sentence next, List<Mention> mentions) {
        if (figures.isEmpty() || !SOURCE_SENTENCE.matcher(next.text()).matches()) return figures;
        Entity speaker = speakerIn(next, mentions);
        if (speaker == null) return figures;
        List<QuantitativeClaim> out = new ArrayList<>(figures.size());
        for (QuantitativeClaim c : figures) {
            Provenance p = c.provenance();
            if (p.speaker() != null || p.modality() == Modality.ESTIMATE) {
                out.add(c);
                continue;
            }
            out.add(c.withSpeaker(speaker));
        }
        return out;
    }

    /** The person named in the source sentence, else its organisation ("das Unternehmen" resolved by coreference). */
    private static Entity speakerIn(Sentence next, List<Mention> mentions) {
        Entity org = null;
        for (Mention m : mentions) {
            if (!next.contains(m.begin())) continue;
            if (m.entity().type() == EntityType.PERSON) return m.entity();
            boolean title = next.text().startsWith("-", m.end() - next.begin()); // "OpenAI-Manager Nick Turley"
            if (org == null && m.entity().type() == EntityType.ORGANIZATION && !title) org = m.entity();
        }
        return org;
    }
}
