package org.claimgraph.dating;

import java.util.Locale;
import java.util.Map;

/** German and English month names and their usual abbreviations. */
final class Months {

    /** Alternation for a regex, longest names first so "Juni" is not read as "Jun". */
    static final String NAMES = "januar|january|jänner|februar|february|märz|march|april|mai|may|juni|june|juli|july|august"
        + "|september|oktober|october|november|dezember|december|jan|feb|mär|mrz|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dez|dec";

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
        Map.entry("januar", 1), Map.entry("january", 1), Map.entry("jänner", 1), Map.entry("jan", 1),
        Map.entry("februar", 2), Map.entry("february", 2), Map.entry("feb", 2),
        Map.entry("märz", 3), Map.entry("march", 3), Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mar", 3),
        Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("may", 5),
        Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("july", 7),
        Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
        Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("oktober", 10), Map.entry("october", 10),
        Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
        Map.entry("dezember", 12), Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dec", 12));

    private Months() {
    }

    /** 1-12, or 0 when the word is no month name. */
    static int number(String name) {
        return BY_NAME.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }
}
