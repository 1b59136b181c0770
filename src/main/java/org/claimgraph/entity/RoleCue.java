package org.claimgraph.entity;

import org.claimgraph.claim.Relation;

/**
 * A role word right before a person's name ("Finanzchefin Susan Li", "CEO Jensen Huang"): the
 * relation it implies between the person and an organisation, and where it is in the text.
 */
public record RoleCue(Relation relation, int begin, int end, String surface) {
}
