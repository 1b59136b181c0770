/**
 * Reading input files into {@link org.claimgraph.ingest.Article}s.
 *
 * <p>{@link org.claimgraph.ingest.ArticleReaders} is the entry point: it reads a file once under
 * {@link org.claimgraph.ingest.InputLimits} and hands the decoded text to
 * {@link org.claimgraph.ingest.HtmlArticleReader} (names ending .html/.htm/.xhtml, or content that
 * starts with a tag) or {@link org.claimgraph.ingest.TextArticleReader} (the seed style
 * {@code date 2024-08 Headline. Text} and the {@code key: value} header block).
 *
 * <p>Untrusted input is bounded before work is spent on it:
 * <ul>
 *   <li>size: files over {@code maxBytes} (default 5 MB) are rejected from their size, before reading;</li>
 *   <li>encoding: a byte-order mark selects UTF-8 or UTF-16 LE/BE; otherwise strict UTF-8, falling back
 *       to windows-1252 only when the bytes are not UTF-8 and look like 1252 text; anything else is
 *       rejected naming the byte offset and line;</li>
 *   <li>binary: NUL bytes or more than 2 % control characters are rejected; empty and blank files too;</li>
 *   <li>text lines longer than {@code maxLineChars} (default 200,000) are rejected;</li>
 *   <li>HTML nested deeper than {@code maxHtmlDepth} (default 1,000) is rejected, from a linear scan of
 *       the markup before parsing and from the parsed tree after.</li>
 * </ul>
 * Every rejection is an {@link org.claimgraph.InputException} whose location names the file and,
 * when known, the line and offset. Unknown or unreadable metadata is left null, never invented; an
 * unreadable date or language value is reported to the {@link org.claimgraph.ErrorHandler} as a warning.
 * Nothing is fetched from the network: HTML is parsed from a string and JSON-LD is scanned as text.
 */
package org.claimgraph.ingest;
