/**
 * The text stage: from a raw {@link org.claimgraph.ingest.Article} to a
 * {@link org.claimgraph.text.TextDocument} of cleaned text and sentences.
 *
 * <p>{@link org.claimgraph.text.TextStage#analyse} runs, in order:
 * <ol>
 *   <li>{@link org.claimgraph.text.FurnitureCleaner}: Unicode NFC, odd spaces to plain spaces,
 *       removal of site furniture (advertising markers, related-article blocks, gallery teasers,
 *       picture credits, share/newsletter prompts, cookie notices, teaser links), unwrapping of
 *       hard-wrapped paragraphs. The cleaned text is the text all later offsets point into.</li>
 *   <li>the language: the header's, else {@link org.claimgraph.text.LanguageGuesser} on the text,
 *       else unknown (null);</li>
 *   <li>{@link org.claimgraph.text.IcuSegmenter}: ICU sentence rules plus German/English
 *       abbreviation and ordinal handling; every line break ends a sentence;</li>
 *   <li>the headline: the reader's, else the first sentence.</li>
 * </ol>
 */
package org.claimgraph.text;
