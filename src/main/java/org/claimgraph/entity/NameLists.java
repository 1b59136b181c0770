package org.claimgraph.entity;

import java.util.Set;

/**
 * Small closed word lists for finding names that are not in the catalogue. Kept deliberately
 * small: every entry is general German or English, nothing taken from particular articles.
 */
final class NameLists {

    /** Capitalised words that are never part of a name: function words, months, weekdays, titles. */
    static final Set<String> NOT_NAMES = words(
            "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
            "und", "oder", "aber", "auch", "doch", "im", "in", "am", "an", "auf", "aus", "bei", "beim", "mit",
            "nach", "von", "vom", "vor", "zu", "zum", "zur", "für", "über", "unter", "wie", "wenn", "als",
            "er", "sie", "es", "wir", "ihr", "ich", "man", "so", "da", "dass", "nun", "noch", "nicht", "laut",
            "the", "a", "an", "and", "or", "but", "of", "for", "in", "on", "at", "by", "with", "from", "to",
            "he", "she", "it", "we", "they", "i", "this", "that", "these", "those", "its", "his", "her",
            "their", "our", "as", "if", "when", "while", "after", "before", "mr", "mrs", "ms", "dr", "prof",
            "herr", "frau", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "dezember", "january", "february", "march", "may", "june",
            "july", "october", "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonntag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "ceo", "cfo", "cto", "coo", "ki", "ai", "usa", "us", "eu", "uk");

    /** Second words of name-shaped pairs that are places or titles, not people ("Wall Street said"). */
    static final Set<String> NOT_SURNAMES = words(
            "street", "straße", "valley", "city", "house", "news", "times", "post", "journal", "bank",
            "group", "capital", "partners", "research", "institute", "institut", "university", "universität");

    /**
     * Common first names: a name-shaped pair starting with one of these is a person even without a cue.
     * Names that are also ordinary words ("Mark" the currency, "Jan." the month) are left out.
     */
    static final Set<String> FIRST_NAMES = words(
            "anna", "andrew", "andreas", "alex", "alexander", "amy", "bill", "birgit", "brad", "brian",
            "charles", "chris", "christian", "christine", "claudia", "daniel", "david", "elizabeth", "emily",
            "eric", "frank", "george", "hans", "james", "jane", "jeff", "jennifer", "jessica", "john",
            "jonas", "julia", "karl", "katharina", "laura", "lisa", "marc", "maria", "markus",
            "martin", "mary", "matthew", "michael", "michelle", "nicole", "paul", "peter", "richard",
            "robert", "sarah", "sandra", "stefan", "stephan", "steve", "steven", "susan", "thomas", "tim",
            "tom", "ulrich", "william", "wolfgang");

    /** Words after a name that say a person spoke. */
    static final Set<String> SPEECH_VERBS = words(
            "said", "says", "told", "wrote", "added", "explained", "noted", "sagte", "sagt", "erklärte",
            "betonte", "meinte", "schrieb", "ergänzte", "kündigte", "teilte");

    /** Words before a name that mark a person. */
    static final Set<String> PERSON_TITLES = words(
            "mr", "mrs", "ms", "dr", "prof", "professor", "herr", "frau", "analyst", "analystin", "analysts",
            "sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "investor", "investorin",
            "reporter", "reporterin", "autor", "autorin", "minister", "ministerin", "senator", "president",
            "präsident", "präsidentin", "kanzler", "kanzlerin", "chancellor", "richter", "richterin", "judge");

    /** Words before "von"/"by" that make it a byline ("Bericht von", "geschrieben von", "Reporting by"). */
    static final Set<String> BYLINE_WORDS = words(
            "bericht", "geschrieben", "redigiert", "bearbeitet", "text", "reporting", "writing", "editing",
            "edited", "written", "reported");

    /** Last words of organisation names ("Acme Inc.", "Deutsche Bank", "Goldman Sachs"), as written. */
    static final Set<String> ORG_SUFFIXES = words(
            "Inc", "Corp", "Corporation", "AG", "GmbH", "SE", "Ltd", "LLC", "Plc", "PLC", "Group", "Holdings",
            "Holding", "Bank", "Capital", "Sachs", "Partners", "Ventures", "Technologies", "KGaA", "LP");

    /** Abbreviated suffixes that take a full stop. */
    static final Set<String> ABBREVIATED = words("Inc", "Corp", "Ltd", "Co");

    /** Nouns after which a capitalised word is the company's name ("das Unternehmen Acme"). */
    static final Set<String> ORG_CUES = words(
            "company", "firm", "startup", "unternehmen", "konzern", "firma", "start-up", "chipkonzern",
            "softwarekonzern", "techkonzern", "internetkonzern", "softwarehersteller", "chiphersteller");

    /** German noun endings: a capitalised German word with one of these is a noun, not a name. */
    static final String[] GERMAN_NOUN_ENDINGS = {
            "ung", "heit", "keit", "schaft", "tion", "tät", "nis", "ment", "ismus", "en", "er", "e", "el"};

    private NameLists() {
    }

    /** An immutable set that tolerates repeats, so the lists can be edited without care for duplicates. */
    static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
