/**
 * The claimgraph store: TDB2 with one named graph per article plus the ontology and catalogue
 * graphs ({@link org.claimgraph.store.ClaimGraphs}); the default graph is the union of them all.
 * {@link org.claimgraph.store.IngestService} turns article files into article graphs, one write
 * transaction per article.
 */
package org.claimgraph.store;
