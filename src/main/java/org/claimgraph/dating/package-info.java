/**
 * Dating: the publication date of an article that states none, inferred from its own evidence so
 * that relative periods ("im vergangenen Quartal", "this year") can be resolved. Runs after entity
 * recognition and before claim extraction; a stated date always wins.
 *
 * <p>{@link org.claimgraph.dating.DateEstimator} is the stage; {@link org.claimgraph.dating.EvidenceDateEstimator}
 * combines a date in the URL, explicit past dates in the text, finished reporting periods, months
 * named without a year (placed after the launch of the products they are about) and the first
 * appearance of every entity named ({@code cg:availableSince}) into the earliest date consistent with
 * all of them. Entity bounds alone never make an estimate. The result, a
 * {@link org.claimgraph.dating.DateEstimate}, is written as {@code cg:estimatedDatePublished} with
 * {@code cg:dateEstimateMethod}, never as {@code schema:datePublished}.
 */
package org.claimgraph.dating;
