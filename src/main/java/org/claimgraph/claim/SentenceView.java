package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.claim.quantity.QuantityMention;
import org.claimgraph.entity.Mention;
import org.claimgraph.ingest.Language;
import org.claimgraph.ingest.PublicationDate;
import org.claimgraph.text.Sentence;

/**
 * One sentence with everything the claim rules read from it. Mention, quantity and cue offsets
 * are relative to the sentence text.
 */
public record SentenceView(Sentence sentence, Language language, PublicationDate date,
                           List<Mention> mentions, List<QuantityMention> quantities, List<MetricCue> cues) {

    public String text() {
        return sentence.text();
    }

    /** Mentions of the document that fall inside the sentence, re-based to sentence offsets. */
    public static List<Mention> mentionsIn(Sentence sentence, List<Mention> documentMentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : documentMentions) {
            if (m.begin() >= sentence.begin() && m.end() <= sentence.end()) {
                out.add(new Mention(m.entity(), m.begin() - sentence.begin(), m.end() - sentence.begin(), m.surface(), m.method()));
            }
        }
        return out;
    }

    public Evidence evidence() {
        return new Evidence(sentence.begin(), sentence.end(), sentence.text());
    }

    /** True when a clause boundary (";", a dash, a colon) lies between the two offsets. */
    public boolean clauseBoundaryBetween(int a, int b) {
        int from = Math.min(a, b), to = Math.max(a, b);
        String between = text().substring(from, to);
        return between.contains(";") || between.contains(" – ") || between.contains(" — ") || between.contains(" - ")
            || between.contains(": ");
    }
}
