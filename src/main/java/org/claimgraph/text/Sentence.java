package org.claimgraph.text;

/**
 * A sentence of the cleaned article text. {@code begin}/{@code end} are character offsets into the
 * article text (end exclusive); {@code text} equals {@code articleText.substring(begin, end)}.
 */
public record Sentence(int index, int begin, int end, String text) {

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
