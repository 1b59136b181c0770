package org.claimgraph.claim;

/**
 * A word in a sentence that names what a nearby figure measures ("Umsatz", "net income",
 * "Investitionen") or that it is a change ("Plus", "growth"). Offsets are sentence-relative.
 *
 * @param metric the metric named, or null for a pure change cue ("Zuwachs", "up")
 * @param change true when the word itself says change ("Umsatzwachstum", "Zuwachs")
 * @param sign   -1 when the word says a fall ("Rückgang", "decline") or, on a metric word, a loss
 *               ("Verlust", "net loss": a loss is a negative income), else +1
 */
public record MetricCue(Metric metric, boolean change, int sign, int begin, int end, String word) {

    public boolean namesMetric() {
        return metric != null;
    }
}
