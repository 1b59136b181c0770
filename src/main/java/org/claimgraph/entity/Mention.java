package org.claimgraph.entity;

/**
 * A place in the article text that refers to an entity: offsets into the cleaned text (end
 * exclusive), the surface form as written, and how it was found (e.g. "catalogue", "compound",
 * "coreference", "proper-name").
 */
public record Mention(Entity entity, int begin, int end, String surface, String method) {
}
