package org.claimgraph.text;

import java.util.List;
import org.claimgraph.ingest.Article;

/** A cleaned article split into sentences: the shared document the later stages annotate. */
public record TextDocument(Article article, List<Sentence> sentences) {

    public TextDocument {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }

    /** The sentence holding the given offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (s.contains(offset)) return s;
        return null;
    }
}
