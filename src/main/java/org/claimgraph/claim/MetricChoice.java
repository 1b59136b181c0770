package org.claimgraph.claim;

/**
 * What a figure measures, as decided from the words around it.
 *
 * @param sign -1 when the words say a fall or a loss
 * @param rule short name of the decision, recorded in cg:extractedBy
 */
public record MetricChoice(Metric metric, boolean change, int sign, String rule) {
}
