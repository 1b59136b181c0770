package org.claimgraph.claim.quantity;

import java.math.BigDecimal;
import java.util.List;
import org.claimgraph.claim.Unit;

/**
 * Currency and percent words. A currency may precede the number ("$32 billion", "€ 5", "US$ 3")
 * or follow it ("39 Milliarden Dollar", "40,1 Mrd Euro"); percent words follow. Cents carry a
 * factor of 0.01 and, unless the word names the currency ("Euro-Cent"), take the currency the
 * sentence uses elsewhere (see {@link QuantityAssembler}). Basis points are hundredths of a
 * percentage point. Crowns (Swedish, Norwegian, Danish: the word does not say which) are
 * recognised only to be dropped, as a figure without its currency would read as a count.
 * "Taiwan-Dollar" and "Hongkong-Dollar" are their own currencies, never US dollars.
 */
final class UnitWords {

    /** @param unit null together with {@code foreign} for currencies the model cannot express */
    record UnitWord(Unit unit, boolean percentagePoints, BigDecimal factor, boolean cent, boolean foreign) {
    }

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final UnitWord USD = new UnitWord(Unit.USD, false, BigDecimal.ONE, false, false);
    private static final UnitWord EUR = new UnitWord(Unit.EUR, false, BigDecimal.ONE, false, false);
    private static final UnitWord FOREIGN = new UnitWord(null, false, BigDecimal.ONE, false, true);

    private static UnitWord money(Unit unit) {
        return new UnitWord(unit, false, BigDecimal.ONE, false, false);
    }

    private static final PhraseTable<UnitWord> PREFIX = new PhraseTable<UnitWord>()
            .add(USD, "$", "US$", "US $", "US-$", "USD", "U.S. $")
            .add(EUR, "€", "EUR")
            // not "A$"/"C$": lower-cased they would read the article of "a $157 billion valuation"
            .add(money(Unit.GBP), "£", "GBP")
            .add(money(Unit.JPY), "JPY")
            .add(money(Unit.CHF), "CHF", "sFr.")
            .add(money(Unit.CNY), "CNY", "RMB")
            .add(money(Unit.KRW), "₩", "KRW")
            .add(money(Unit.INR), "₹", "INR", "Rs.")
            .add(money(Unit.TWD), "NT$", "TWD")
            .add(money(Unit.HKD), "HK$", "HKD")
            // "¥" is the yen and the yuan alike
            .add(FOREIGN, "¥");

    private static final PhraseTable<UnitWord> SUFFIX = new PhraseTable<UnitWord>()
            .add(USD, "Dollar", "Dollars", "US-Dollar", "US-Dollars", "US Dollar", "U.S. dollars", "USD", "$", "US$")
            .add(EUR, "Euro", "Euros", "EUR", "€")
            .add(money(Unit.TWD), "Taiwan-Dollar", "Taiwan-Dollars", "Taiwan dollars", "Taiwan dollar",
                    "New Taiwan dollars", "New Taiwan dollar", "Neue Taiwan-Dollar", "TWD", "NT$")
            .add(money(Unit.HKD), "Hongkong-Dollar", "Hongkong-Dollars", "Hong Kong dollars", "Hong Kong dollar", "HKD", "HK$")
            .add(money(Unit.GBP), "Pfund", "Pfund Sterling", "britische Pfund", "britischen Pfund", "pounds", "pound",
                    "pounds sterling", "£", "GBP")
            .add(money(Unit.JPY), "Yen", "japanische Yen", "japanischen Yen", "JPY")
            .add(money(Unit.CHF), "Franken", "Schweizer Franken", "Swiss francs", "francs", "CHF")
            .add(money(Unit.CNY), "Yuan", "Renminbi", "chinesische Yuan", "chinesischen Yuan", "CNY", "RMB")
            .add(money(Unit.KRW), "Won", "südkoreanische Won", "südkoreanischen Won", "KRW")
            .add(money(Unit.INR), "Rupien", "indische Rupien", "indischen Rupien", "rupees", "INR")
            .add(FOREIGN, "Kronen", "kronor", "kroner")
            .add(new UnitWord(Unit.PERCENT, false, BigDecimal.ONE, false, false),
                    "Prozent", "%", "percent", "per cent", "pct", "pc", "v. H.", "vH")
            .add(new UnitWord(Unit.PERCENT, true, BigDecimal.ONE, false, false),
                    "Prozentpunkte", "Prozentpunkten", "Prozentpunkt", "percentage points", "percentage point",
                    "Prozent-Punkte", "%-Punkte", "%-Punkten", "%-Punkt", "pp", "ppt", "ppts")
            .add(new UnitWord(Unit.PERCENT, true, CENT, false, false),
                    "Basispunkte", "Basispunkten", "Basispunkt", "basis points", "basis point", "bps", "bp")
            .add(new UnitWord(null, false, CENT, true, false), "Cent", "Cents", "¢")
            .add(new UnitWord(Unit.USD, false, CENT, true, false), "US-Cent", "US-Cents", "Dollar-Cent")
            .add(new UnitWord(Unit.EUR, false, CENT, true, false), "Euro-Cent", "Eurocent", "Euro-Cents", "Eurocents");

    private UnitWords() {
    }

    static PhraseTable.Match<UnitWord> prefixBefore(List<Tok> toks, int start) {
        return PREFIX.before(toks, start);
    }

    static PhraseTable.Match<UnitWord> suffixAt(List<Tok> toks, int i) {
        return SUFFIX.at(toks, i);
    }
}
