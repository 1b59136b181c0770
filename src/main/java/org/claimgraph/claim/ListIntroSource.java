package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.Mention;
import org.claimgraph.text.ListItems;
import org.claimgraph.text.Sentence;

/**
 * A results box: "Here's how the company did, compared with estimates from analysts polled by X:"
 * followed by one line per figure ("Revenue: $41.2 billion vs. $40.7 billion expected"). The lines
 * name no source of their own; the estimates in them are the source's that the introduction names.
 * The company's own figures in the same lines stay unattributed, as they would in prose.
 */
final class ListIntroSource {

    private final SpeakerDetector speakers = new SpeakerDetector();
    private Entity source;

    /** Reads a sentence in document order; remembers the source of an introduction that ends in a colon. */
    void read(Sentence sentence, String documentText, List<Mention> inSentence) {
        String s = sentence.text();
        if (s.endsWith(":")) {
            source = speakers.detect(s, inSentence, s.length(), null);
        } else if (!isItem(sentence, documentText)) {
            source = null;
        }
    }

    /** Estimates in a list item under a sourced introduction, attributed to that source. */
    List<QuantitativeClaim> attribute(List<QuantitativeClaim> figures, Sentence sentence, String documentText) {
        if (source == null || figures.isEmpty() || !isItem(sentence, documentText)) return figures;
        List<QuantitativeClaim> out = new ArrayList<>(figures.size());
        for (QuantitativeClaim c : figures) {
            Provenance p = c.provenance();
            if (p.speaker() != null || p.modality() != Modality.ESTIMATE) {
                out.add(c);
                continue;
            }
            out.add(c.withSpeaker(source));
        }
        return out;
    }

    private static boolean isItem(Sentence sentence, String documentText) {
        boolean ownLine = sentence.begin() == 0 || documentText.charAt(sentence.begin() - 1) == '\n';
        return ownLine && ListItems.startsItem(sentence.text());
    }
}
