package org.claimgraph.claim;

/**
 * A period expression in a sentence. Offsets are sentence-relative. A comparison basis
 * ("Vorjahresquartal", "a year ago", "previous quarter") carries no period of its own: it dates the
 * earlier figure of a comparison relative to the figure's own period.
 */
public record PeriodMention(int begin, int end, Period period, Basis basis) {

    public enum Basis { NONE, YEAR_AGO, PREVIOUS_QUARTER }

    public boolean isBasis() {
        return basis != Basis.NONE;
    }

    /** The period a basis points to, given the period of the figure it is compared with. */
    public Period applyTo(Period current) {
        if (current == null) return null;
        return switch (basis) {
            case NONE -> period;
            case YEAR_AGO -> current.minusYears(1);
            case PREVIOUS_QUARTER -> current.previousQuarter();
        };
    }
}
