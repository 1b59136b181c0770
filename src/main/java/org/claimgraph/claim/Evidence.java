package org.claimgraph.claim;

/** The sentence a claim was read from: offsets into the article text (end exclusive) and its text. */
public record Evidence(int begin, int end, String sentence) {
}
