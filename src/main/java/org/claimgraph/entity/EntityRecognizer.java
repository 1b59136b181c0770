package org.claimgraph.entity;

import java.util.List;
import org.claimgraph.text.TextDocument;

/** Finds the entities a document mentions, in text order. */
public interface EntityRecognizer {

    List<Mention> recognize(TextDocument document);
}
