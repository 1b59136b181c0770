package org.claimgraph.wikidata;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One extracted figure beside Wikidata's figure for the same entity, metric and year.
 *
 * @param difference (claim − Wikidata) / |Wikidata|, when both are known
 */
public record ComparisonRow(String claim, String entity, String label, Qid item, String metric, String period,
        BigDecimal claimValue, Optional<BigDecimal> wikidataValue, Optional<String> wikidataTime,
        Optional<BigDecimal> difference, Verdict verdict, String source) {

    public enum Verdict {
        AGREE("AGREE"), DISAGREE("DISAGREE"), WIKIDATA_GAP("WIKIDATA-GAP"),
        /** compared with Wikidata's statement that has no point in time (its current value) */
        AGREE_UNDATED("AGREE (Wikidata undated)"), DISAGREE_UNDATED("DISAGREE (Wikidata undated)"),
        NOT_COMPARABLE_QUARTER("NOT-COMPARABLE (quarter)"), NOT_COMPARABLE_PERIOD("NOT-COMPARABLE (period)");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        static Verdict of(String text) {
            for (Verdict v : values()) if (v.text.equals(text)) return v;
            throw new IllegalArgumentException("unknown verdict " + text);
        }

        boolean comparable() {
            return this == AGREE || this == DISAGREE || this == WIKIDATA_GAP || this == AGREE_UNDATED
                || this == DISAGREE_UNDATED;
        }
    }

    /** How well this row matches: agreement first, then the smallest difference. */
    int rank() {
        return switch (verdict) {
            case AGREE -> 0;
            case DISAGREE -> 1;
            case AGREE_UNDATED -> 2;
            case DISAGREE_UNDATED -> 3;
            default -> 4;
        };
    }
}
