/**
 * The entity stage: which companies, people and products an article mentions.
 *
 * <p>{@link org.claimgraph.entity.Catalogue} reads the entity catalogue (Turtle, joined with
 * Wikidata-shaped label files through {@code owl:sameAs}). {@link
 * org.claimgraph.entity.CatalogueEntityRecognizer} compiles its names once into a token trie and,
 * per article, finds in order: catalogue names with German genitive, hyphen compounds and English
 * possessives; ambiguous names only where context supports them ({@code cg:contextAlias},
 * {@code cg:contextEntity}, cue words, lists); unknown names as typed, unlinked entities with
 * {@link org.claimgraph.entity.Slugs} slugs; definite descriptions ("der Konzern", "the company")
 * resolved to the article's main organisation. {@link org.claimgraph.entity.RoleCues} reads role
 * words before a person for the claim stage.
 *
 * <p>Mention methods: "alias", "compound", "genitive", "possessive", "context" (an ambiguous name
 * accepted by context), "coreference", "proper-name".
 */
package org.claimgraph.entity;
