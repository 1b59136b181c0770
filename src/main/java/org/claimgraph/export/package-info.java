/**
 * Writing the store as RDF: TriG, N-Quads and JSON-LD keep the named graphs, Turtle writes the
 * union; files are replaced atomically; the claim model's prefixes are used throughout.
 */
package org.claimgraph.export;
