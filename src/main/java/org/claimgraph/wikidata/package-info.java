/**
 * Wikidata beside the claims: a refreshable snapshot, links for entities, and a comparison of
 * extracted figures with Wikidata's statements.
 *
 * <ul>
 * <li>{@link org.claimgraph.wikidata.WikidataClient}: a polite SPARQL client (User-Agent with a
 * contact, one request in flight, 429 Retry-After honoured, exponential backoff with full jitter,
 * a retry cap).</li>
 * <li>{@link org.claimgraph.wikidata.SnapshotBuilder} and {@link org.claimgraph.wikidata.SnapshotWriter}:
 * batched CONSTRUCT queries ({@code wikidata/snapshot.rq}) written as canonical, sorted Turtle so a
 * refresh reads as a line diff and a round trip is byte for byte.</li>
 * <li>{@link org.claimgraph.wikidata.UnlinkedEntities}, {@link org.claimgraph.wikidata.Linker}:
 * entities without owl:sameAs, exact-label candidates ranked by type and context, every decision
 * recorded, only clear ones linked.</li>
 * <li>{@link org.claimgraph.wikidata.Comparison}: the canned query {@code wikidata/compare.rq} over
 * the claims and the snapshot graph {@code <https://w3id.org/claimgraph/graph/wikidata>}.</li>
 * <li>{@link org.claimgraph.wikidata.WikidataCommand}: the {@code claimgraph wikidata …} commands.</li>
 * </ul>
 */
package org.claimgraph.wikidata;
