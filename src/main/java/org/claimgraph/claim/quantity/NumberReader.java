package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import java.util.List;
import org.claimgraph.claim.Unit;
import org.claimgraph.ingest.Language;

/**
 * Reads one number at a token with what is glued to it: a currency or sign before, scale words,
 * a unit and "per share" after. Digits ("13,5"), spelled cardinals ("sieben", "twenty-five"),
 * "eine Milliarde"/"a billion" (the article counts only before a scale), vague plurals
 * ("Tausende", "hundreds of millions") and bare plural scales ("Milliarden Dollar").
 */
final class NumberReader {

    private static final PhraseTable<Boolean> PER_SHARE = new PhraseTable<Boolean>()
            .add(Boolean.TRUE, "pro Aktie", "je Aktie", "per share", "a share", "per diluted share",
                    "a diluted share", "-per-share", "pro Anteilsschein", "je Anteilsschein", "pro Papier");

    private NumberReader() {
    }

    static Candidate read(List<Tok> toks, int i, Language lang) {
        Tok t = toks.get(i);
        Candidate c = new Candidate();
        c.core = i;
        int next;
        if (t.isNum()) {
            c.value = NumberSyntax.parse(t.text(), lang);
            if (c.value == null) return null;
            next = i + 1;
        } else if (t.isWord()) {
            next = readWord(toks, i, lang, c);
            if (next < 0) return null;
        } else {
            return null;
        }
        c.numStart = i;
        // "eine halbe Million": the article belongs to the number
        if (t.isWord() && NumberWords.isHalf(t.lower()) && i > 0 && NumberWords.isArticleOne(toks.get(i - 1).lower())) {
            c.numStart = i - 1;
        }
        readPrefix(toks, c);
        next = readScales(toks, next, lang, c);
        next = readUnit(toks, next, c);
        PhraseTable.Match<Boolean> ps = PER_SHARE.at(toks, next);
        if (ps != null && c.hasUnit()) {
            c.perShare = true;
            next = ps.end();
        }
        c.numEnd = next;
        return c;
    }

    private static int readWord(List<Tok> toks, int i, Language lang, Candidate c) {
        String w = toks.get(i).lower();
        c.spelled = true;
        BigDecimal v = NumberWords.cardinal(w, lang);
        // English compounds are hyphenated: "twenty-five"
        if (lang == Language.EN && i + 2 < toks.size() && toks.get(i + 1).is("-") && !toks.get(i + 1).spaceBefore()
                && !toks.get(i + 2).spaceBefore()) {
            BigDecimal v2 = NumberWords.cardinal(w + "-" + toks.get(i + 2).lower(), lang);
            if (v2 != null) {
                c.value = v2;
                return i + 3;
            }
        }
        if (v != null) {
            c.value = v;
            return i + 1;
        }
        if (NumberWords.isArticleOne(w)) {
            // "eine Milliarde", "a billion", and "ein Prozent", "one percent"; never the article alone
            PhraseTable.Match<ScaleWords.Scale> s = ScaleWords.at(toks, i + 1, lang);
            PhraseTable.Match<UnitWords.UnitWord> u = UnitWords.suffixAt(toks, i + 1);
            boolean percent = u != null && u.value().unit() == Unit.PERCENT && !w.equals("a") && !w.equals("an");
            if ((s == null || s.value().plural()) && !percent) return -1;
            c.value = BigDecimal.ONE;
            return i + 1;
        }
        if (NumberWords.isHalf(w)) {
            int j = i + 1;
            if (j < toks.size() && (toks.get(j).is("a") || toks.get(j).is("an"))) j++;
            PhraseTable.Match<ScaleWords.Scale> s = ScaleWords.at(toks, j, lang);
            if (s == null || s.value().plural()) return -1;
            c.value = new BigDecimal("0.5");
            return j;
        }
        BigDecimal vague = NumberWords.vague(w);
        if (vague != null) {
            int j = i + 1;
            if (j + 1 < toks.size() && (toks.get(j).is("of") || toks.get(j).is("von"))
                    && ScaleWords.at(toks, j + 1, lang) != null) {
                // "hundreds of millions": the scale multiplies the vague lower bound
                j++;
            } else if (w.equals("tens")) {
                return -1;
            }
            c.value = vague;
            c.vague = true;
            return j;
        }
        PhraseTable.Match<ScaleWords.Scale> s = ScaleWords.at(toks, i, lang);
        boolean compound = s != null && s.end() < toks.size() && toks.get(s.end()).is("-")
                && !toks.get(s.end()).spaceBefore();
        // "Milliarden Dollar" is a vague amount, "Milliarden-Deal" an adjective
        if (s != null && s.value().plural() && !compound) {
            c.value = BigDecimal.valueOf(2);
            c.vague = true;
            return i;
        }
        return -1;
    }

    private static int readScales(List<Tok> toks, int j, Language lang, Candidate c) {
        while (j < toks.size()) {
            int k = skipJoiningHyphen(toks, j);
            PhraseTable.Match<ScaleWords.Scale> s = ScaleWords.at(toks, k, lang);
            if (s == null) break;
            // "Millionen von Nutzern" after a vague word is still its scale; a glued scale must end the word
            if (s.end() < toks.size() && s.value().gluedOnly() && !toks.get(s.end()).spaceBefore()
                    && toks.get(s.end()).isWord()) break;
            c.value = c.value.multiply(s.value().factor());
            c.scaleFactor = c.scaleFactor.multiply(s.value().factor());
            c.scaled = true;
            j = s.end();
        }
        return j;
    }

    private static int readUnit(List<Tok> toks, int j, Candidate c) {
        int k = skipJoiningHyphen(toks, j);
        PhraseTable.Match<UnitWords.UnitWord> u = UnitWords.suffixAt(toks, k);
        if (u == null) return j;
        // "US$ 5 Dollar" says the currency twice; the prefix stands
        if (c.prefixCurrency && !u.value().cent() && u.value().unit() != Unit.PERCENT) {
            return u.end();
        }
        apply(u.value(), c);
        c.value = c.value.multiply(u.value().factor());
        c.unitFactor = u.value().factor();
        return u.end();
    }

    private static void readPrefix(List<Tok> toks, Candidate c) {
        int s = c.numStart;
        PhraseTable.Match<UnitWords.UnitWord> u = UnitWords.prefixBefore(toks, s);
        if (u != null && !c.hasUnit()) {
            apply(u.value(), c);
            c.prefixCurrency = true;
            s = u.start();
            // "T$398 billion", "NT$", "A$", "C$", "S$": letters glued to the dollar sign name another dollar
            Tok first = toks.get(s);
            if (u.value().unit() == org.claimgraph.claim.Unit.USD && first.is("$") && !first.spaceBefore() && s > 0
                && toks.get(s - 1).isWord() && toks.get(s - 1).text().chars().allMatch(Character::isUpperCase)
                && !toks.get(s - 1).is("us")) {
                c.unit = null;
                c.foreignCurrency = true;
                s--;
            }
        }
        if (s > 0) {
            Tok sign = toks.get(s - 1);
            boolean glued = !toks.get(s).spaceBefore();
            boolean free = s - 1 == 0 || sign.spaceBefore() || toks.get(s - 2).is("(");
            if (glued && free && (sign.is("+") || sign.is("-") || sign.is("−") || sign.is("–"))) {
                c.sign = sign.is("+") ? 1 : -1;
                c.explicitSign = true;
                s--;
            }
        }
        c.numStart = s;
    }

    private static void apply(UnitWords.UnitWord u, Candidate c) {
        c.unit = u.unit();
        c.percentagePoints = u.percentagePoints();
        c.cent = u.cent();
        c.foreignCurrency = u.foreign();
    }

    /** "5-Milliarden-Dollar-Deal", "10-Prozent-Anteil": a hyphen glued on both sides joins the words */
    private static int skipJoiningHyphen(List<Tok> toks, int j) {
        if (j + 1 < toks.size() && toks.get(j).is("-") && !toks.get(j).spaceBefore() && !toks.get(j + 1).spaceBefore()
                && toks.get(j + 1).isWord()) {
            return j + 1;
        }
        return j;
    }
}
