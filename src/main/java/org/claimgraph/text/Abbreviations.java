package org.claimgraph.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.ingest.Language;

/**
 * Abbreviations after which a period does not end a sentence, for German and English news text.
 * "etc." and "usw." are left out on purpose: they end sentences as often as not.
 */
final class Abbreviations {

    private Abbreviations() {}

    static final Set<String> GERMAN = Set.of(
            "Nr.", "Nrn.", "Mrd.", "Mio.", "Tsd.", "Bio.", "ca.", "bzw.", "Dr.", "Prof.", "Hr.", "Fr.", "Str.", "St.",
            "Jan.", "Feb.", "Mär.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Okt.", "Nov.", "Dez.",
            "vs.", "evtl.", "ggf.", "inkl.", "exkl.", "zzgl.", "max.", "min.", "mind.", "rd.", "sog.", "vgl.",
            "bspw.", "insb.", "Abs.", "Art.", "Kap.", "Bd.", "Hrsg.", "gem.", "Chr.", "Jh.", "Jhd.", "geb.",
            "Tel.", "Std.", "Min.", "Sek.", "Dipl.", "Ing.", "Mag.", "Abb.", "Anm.", "Aufl.", "Ausg.", "Co.",
            "Inc.", "Corp.", "Ltd.", "z.B.", "u.a.", "d.h.", "o.ä.", "i.d.R.", "z.T.", "u.U.", "v.a.", "s.o.", "s.u.",
            "Mill.", "Milld.", "Bill.", "Pkt.", "Proz.", "durchschn.", "zit.", "allg.", "einschl.", "entspr.",
            "ggü.", "Vj.", "Vorj.", "Hj.", "Gj.", "Abt.", "Tab.", "Ziff.", "Jahrh.", "Verf.");

    static final Set<String> ENGLISH = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Inc.", "Corp.", "Co.", "Ltd.", "Bros.",
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            "vs.", "No.", "Nos.", "approx.", "est.", "e.g.", "i.e.", "U.S.", "U.K.", "U.N.", "E.U.", "Mt.", "Ft.",
            "Gen.", "Gov.", "Sen.", "Rep.", "Rev.", "Capt.", "Col.", "Lt.", "Sgt.", "Ave.", "Blvd.", "Dept.",
            "Fig.", "fig.", "Vol.", "vol.", "pp.", "cf.", "al.", "ca.", "avg.", "incl.", "Mln.",
            "mln.", "bn.", "Bn.", "tn.", "yr.", "yrs.", "mo.", "Assn.", "Intl.", "Natl.", "Univ.", "resp.", "Cos.",
            "Mfg.", "Hldgs.", "Mgmt.", "Pres.", "Supt.");

    /** Dotted letter sequences: "U.S.", "z.B.", "e.g.". */
    static final Pattern DOTTED_LETTERS = Pattern.compile("(?:\\p{L}\\.){2,}");
    /** A single letter and a period: initials ("John F. Kennedy") and split forms ("z. B.", "u. a."). */
    static final Pattern SINGLE_LETTER = Pattern.compile("\\p{L}\\.");

    /** True when {@code token} (a whitespace-delimited word ending in a period) is an abbreviation. */
    static boolean isAbbreviation(String token, Language language) {
        String bare = stripOpening(token);
        if (DOTTED_LETTERS.matcher(bare).matches() || SINGLE_LETTER.matcher(bare).matches()) return true;
        if (language != Language.EN && GERMAN.contains(bare)) return true;
        return language != Language.DE && ENGLISH.contains(bare);
    }

    /** Drops opening brackets and quotes: "(ca." is "ca.". */
    private static String stripOpening(String token) {
        int i = 0;
        while (i < token.length() && "([{\"'„“‚‘«»".indexOf(token.charAt(i)) >= 0) i++;
        return token.substring(i);
    }
}
