package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.Language;

/**
 * Scale words after a number ("13,5 Milliarden", "$2.5bn", "10k"). The one difference between the
 * languages is "Billion": 10^12 in German, 10^9 in English. The one-letter suffixes k, m, b count
 * only when glued to the number ("$5m"), because spaced they are more often units or initials.
 */
final class ScaleWords {

    /** @param plural true for forms that stand alone as a vague count ("Millionen von Nutzern") */
    record Scale(BigDecimal factor, boolean plural, boolean gluedOnly) {
    }

    private static final BigDecimal E3 = BigDecimal.TEN.pow(3);
    private static final BigDecimal E6 = BigDecimal.TEN.pow(6);
    private static final BigDecimal E9 = BigDecimal.TEN.pow(9);
    private static final BigDecimal E12 = BigDecimal.TEN.pow(12);

    private static final PhraseTable<Scale> DE = common()
            .add(new Scale(E12, false, false), "Billion", "Bio.", "Bio")
            .add(new Scale(E12, true, false), "Billionen")
            .add(new Scale(E9, false, false), "Milliarde", "Mrd.", "Mrd", "Mia.")
            .add(new Scale(E9, true, false), "Milliarden")
            .add(new Scale(E6, false, false), "Million", "Mio.", "Mio")
            .add(new Scale(E6, true, false), "Millionen")
            .add(new Scale(E3, false, false), "Tausend", "Tsd.", "Tsd")
            .add(new Scale(BigDecimal.valueOf(12), false, false), "Dutzend")
            // English abbreviations are common in German business copy ("$5 bn"); "Billion" is not
            .add(new Scale(E9, false, false), "bn", "bln")
            .add(new Scale(E6, false, false), "mn", "mln")
            .add(new Scale(E6, false, true), "m")
            .add(new Scale(E3, false, true), "k");

    private static final PhraseTable<Scale> EN = common()
            .add(new Scale(E12, false, false), "trillion", "tn", "tln")
            .add(new Scale(E12, true, false), "trillions")
            .add(new Scale(E9, false, false), "billion", "bn", "bln")
            .add(new Scale(E9, true, false), "billions")
            .add(new Scale(E9, false, true), "b")
            .add(new Scale(E6, false, false), "million", "mn", "mln")
            .add(new Scale(E6, true, false), "millions")
            .add(new Scale(E6, false, true), "m")
            .add(new Scale(E3, false, false), "thousand")
            .add(new Scale(E3, true, false), "thousands")
            .add(new Scale(E3, false, true), "k")
            .add(new Scale(BigDecimal.valueOf(100), false, false), "hundred")
            .add(new Scale(BigDecimal.valueOf(12), false, false), "dozen")
            // German abbreviations quoted in English copy ("€3,5 Mrd.")
            .add(new Scale(E9, false, false), "Mrd.", "Mrd")
            .add(new Scale(E6, false, false), "Mio.", "Mio");

    /** plural scales that stand alone as a vague count ("Milliarden Dollar", "millions of users") */
    static final Set<String> PLURALS = Set.of("millionen", "milliarden", "billionen", "millions", "billions",
            "trillions", "thousands");

    private ScaleWords() {
    }

    private static PhraseTable<Scale> common() {
        return new PhraseTable<>();
    }

    /** The scale word at token {@code i} (which must follow a number), or null. */
    static PhraseTable.Match<Scale> at(List<Tok> toks, int i, Language lang) {
        PhraseTable.Match<Scale> m = (lang == Language.DE ? DE : EN).at(toks, i);
        if (m == null || (m.value().gluedOnly() && toks.get(i).spaceBefore())) return null;
        return m;
    }
}
