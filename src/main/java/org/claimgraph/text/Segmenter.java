package org.claimgraph.text;

import java.util.List;
import org.claimgraph.ingest.Language;

/** Splits cleaned text into sentences with offsets. */
public interface Segmenter {

    List<Sentence> sentences(String text, Language language);
}
