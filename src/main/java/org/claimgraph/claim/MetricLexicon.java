package org.claimgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds metric and change cues in a sentence. German compounds are matched on word parts
 * ("Quartalsumsatz", "Gesamterlöse", "Nettogewinn"), so the patterns are stems, not whole words.
 * The order of entries matters: more specific names ("operativer Gewinn") come before general ones
 * ("Gewinn"), and a span taken by one entry is not matched again.
 */
public final class MetricLexicon {

    private record Entry(Pattern pattern, Metric metric, boolean change, int sign) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Entry> ENTRIES = List.of(
        // specific money metrics first
        e("run[- ]rate|annualisierte[mn]? umsatz\\p{L}*|annualized revenue|(?:aufs jahr |auf das jahr )?hochgerechnet\\p{L}*|annualisiert\\p{L}*", Metric.REVENUE_RUN_RATE),
        e("(?:operative[nrms]? |operating |betriebs)(?:gewinn\\p{L}*|verlust\\p{L}*|ergebnis\\p{L}*|income|loss(?:es)?|profit\\p{L}*)", Metric.OPERATING_INCOME),
        e("\\p{L}*betriebsergebnis\\p{L}*|\\bebit\\b", Metric.OPERATING_INCOME),
        e("brutto-?marge\\p{L}*|gross margin\\p{L}*", Metric.GROSS_MARGIN),
        e("gewinn je aktie|gewinn pro aktie|ergebnis je aktie|earnings per (?:diluted |basic )?share|(?:diluted|basic) earnings per share|\\beps\\b", Metric.EARNINGS_PER_SHARE),
        e("\\p{L}*dividende\\p{L}*|dividend\\p{L}*|ausschüttung\\p{L}*", Metric.DIVIDEND_PER_SHARE),
        e("eigene[n]? aktien\\b|aktienrückk[aä]uf\\p{L}*|rückk[aä]uf\\p{L}*|zurückzukaufen|zurückkaufen|zurückgekauft|(?:share |stock )?buybacks?|buy back|bought back|(?:share |stock )?repurchases?|repurchased?", Metric.SHARE_BUYBACK),
        e("marktkapitalisierung|börsenwert\\p{L}*|marktwert\\p{L}*|market (?:cap(?:italization|italisation)?|value)|valuation|\\bvalu(?:ed|ing|es?)\\b(?=\\s+(?:[\\p{L}-]+\\s+){0,2}at\\b)|(?<=\\b(?:be|is|are|was|were|being|each|now) )worth\\b|(?<=(?:dollar|euro) )wert\\b|\\p{L}*bewertung\\b|\\bbewertet\\b"
            // "ist an der Börse rund 1,5 Billionen Dollar wert"
            + "|(?<=\\bbörse\\b[^.;:]{0,50})\\bwert\\b", Metric.MARKET_CAPITALIZATION),
        e("\\p{L}*investitionen\\p{L}*|\\p{L}*investitionsausgaben|\\bcapex\\b|capital[- ]expenditures?|capital[- ]spending|\\p{L}*ausgaben|spending|\\bspend(?:s)?\\b|\\bausgeben\\b|investments?\\b|invest(?:ieren|iert|ierte[n]?|ed|s)?\\b|\\bsteck(?:en|t|te|ten)\\b|\\bpumpen\\b", Metric.CAPITAL_EXPENDITURE),
        e("\\bsetzt(?:e|en)?\\b(?=[^;]*\\bum\\b)|\\bum(?:zu)?setzen\\b|\\bumgesetzt\\b|\\p{L}*umsätze?\\p{L}*|\\p{L}*umsatz\\p{L}*|\\p{L}*erlöse?\\p{L}*|\\p{L}*einnahmen|revenues?|sales|turnover|top line", Metric.REVENUE),
        e("\\p{L}*nettogewinn\\p{L}*|\\p{L}*reingewinn\\p{L}*|\\p{L}*überschuss\\p{L}*|net income|net profit|net loss|\\bearned\\b|\\blost\\b(?=\\s+(?:about |roughly |nearly |some |more than |almost )?(?:\\p{L}{0,3}[$€£]|\\d[\\d.,]*\\s*(?:billion|million)\\s+(?:dollars|euros)))|\\bprofits?\\b|\\bearnings\\b|\\p{L}*gewinne?\\p{L}*|\\p{L}*verlust\\p{L}*|\\blosses\\b|\\bloss\\b|\\bverdient\\p{L}*|unter dem strich|bottom line", Metric.NET_INCOME),
        // prices and counts
        e("aktienkurs\\p{L}*|(?<!\\bpro |\\bje |\\bfür jede )\\p{L}*-?aktien?\\b|\\bkurs\\b|\\bkurse\\b|\\bpapiere?\\b|(?<!\\bper |\\ba |-per-|\\bmarket )\\bshares?\\b(?!\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:market|revenue|sales|shipments)\\b)|\\bstock(?: price)?\\b|share price", Metric.SHARE_PRICE),
        e("\\bgpus?\\b|graphics processing units?|graphics processors|grafikprozessor(?:en)?|grafikchips|\\bchips\\b|beschleuniger|accelerators", Metric.GPU_COUNT),
        e("täglich(?:e[nmrs]?)? aktive|jeden tag|pro tag|daily active (?:people|persons)|daily active|\\bdaily\\b|\\btäglich\\p{L}*|\\bdau\\b", Metric.DAILY_ACTIVE_USERS),
        e("wöchentlich(?:e[nmrs]?)? aktive|weekly active|\\bweekly\\b|\\bwöchentlich\\p{L}*|\\bwau\\b|pro woche", Metric.WEEKLY_ACTIVE_USERS),
        e("monatlich(?:e[nmrs]?)? aktive|aktive[nmrs]? monatliche[nmrs]?|monthly active|\\bmonthly\\b|\\bmonatlich\\p{L}*|\\bmau\\b|pro monat", Metric.MONTHLY_ACTIVE_USERS),
        e("\\p{L}*nutzer\\p{L}*|anwender\\p{L}*|\\busers?\\b|\\bpeople\\b|\\bmenschen\\b|\\bsubscribers?\\b|abonnenten", Metric.USERS),
        e("\\p{L}*kunden\\p{L}*|customers?|clients?|organi[sz]ations", Metric.CUSTOMERS),
        e("\\p{L}*mitarbeit\\p{L}*|beschäftigte\\p{L}*|\\bstellen\\b|\\bjobs?\\b|employees?|\\bworkers\\b|\\broles\\b|\\bpositions\\b|\\bstaff\\b|headcount|workforce|belegschaft", Metric.EMPLOYEES),
        e("\\bparameter[ns]?\\b", Metric.PARAMETER_COUNT),
        e("\\btokens?\\b|\\btoken\\b", Metric.TRAINING_TOKENS),
        e("gigawatt|megawatt|\\bgw\\b|\\bmw\\b", Metric.POWER_CAPACITY),
        e("quadratmeter|square (?:feet|meters?|metres?)", Metric.FLOOR_AREA),
        // change words: they say "this is a change" without naming the metric
        c("\\p{L}*wachstum\\p{L}*|\\bwuchs\\b|\\bgrew\\b|\\bgewachsen\\b|zuw[aä]chs\\p{L}*|anstieg\\p{L}*|steigerung\\p{L}*|\\bplus\\b|growth|increase[sd]?|\\bgains?\\b|\\bgained\\b|\\brose\\b|\\brises?\\b|(?<!-)\\bup\\b|\\bjump(?:ed|s)?\\b|\\bclimb(?:ed|s)?\\b|\\bsoar(?:ed|s)?\\b|\\bsurg(?:ed|es)\\b|\\badvanced\\b|\\bpopped\\b|\\bgestiegen\\b|\\bstiegen?\\b|\\bkletterten?\\b|\\bzulegen\\b|\\bzugelegt\\b|legte[n]? \\p{L}* ?zu|\\badded\\b|\\badding\\b|\\bhir(?:e|es|ed|ing)\\b|\\bgained\\b|\\bgewann\\b|hinzu", +1),
        c("rückgang\\p{L}*|\\bminus\\b|einbruch\\p{L}*|\\bdeclines?d?\\b|\\bdecrease[sd]?\\b|\\bdrop(?:ped|s)?\\b|\\bfell\\b|(?<!\\bloss |\\blosses )\\b(?:narrow(?:ed|ing)|shr[ae]nk|contracted)\\b|\\bslipp(?:ed|ing)\\b|\\bslid\\b|\\btumbl(?:ed|ing)\\b|\\bplung(?:ed|ing)\\b|\\bwip(?:ed|ing|es)\\b(?=[^.;]{0,40}\\boff\\b)|\\beras(?:ed|ing)\\b|\\bfalls?\\b|\\bdown\\b|\\bsank\\b|\\bfiel(?:en)?\\b|\\bgesunken\\b|\\bverlor(?:en)?\\b|\\bcut(?:ting|s)?\\b|\\bslashed\\b|\\bstrich\\p{L}*|\\b(?:ge)?strichen\\b|\\bstreich(?:t|en|e)?\\b|\\bstreichung\\p{L}*|abbau|\\babgebaut\\b|\\bwegfallen\\b|\\bwegfall\\p{L}*|\\bfallen\\s+weg\\b|\\bentl(?:assen|ässt|ieß|ießen)\\b|\\b(?:ge)?kürzt\\b|\\bkürzte[n]?\\b|\\blayoffs?\\b|\\blay(?:s|ing)? off\\b|\\beliminat(?:ed|ing|es?)\\b|\\bshed\\b|\\blaid off\\b|\\blost\\b"
            + "|\\beingebüßt\\b|\\b(?:ein)?büßte[n]?\\b|\\b(?:ab)?(?:ge)?rutscht\\b|\\brutschte[n]?\\b|\\b(?:ab)?(?:ge)?sackt\\b|\\bsackte[n]?\\b|\\bschrumpfte[n]?\\b|\\bgeschrumpft\\b"
            + "|\\beingebrochen\\b|\\bnachgegeben\\b|\\bplummeted\\b|\\bslumped\\b|\\bdipped\\b", -1));

    private static final Pattern RATIO_COMPOUND = Pattern.compile("\\p{L}+(?:rendite|marge|quote|anteil|anteile|anteils)", FLAGS);

    private static Entry e(String regex, Metric metric) {
        return new Entry(Pattern.compile(regex), metric, false, 1);
    }

    private static Entry c(String regex, int sign) {
        return new Entry(Pattern.compile(regex), null, true, sign);
    }

    /** All cues of the sentence, in text order; overlapping matches keep the earlier entry. */
    public List<MetricCue> cues(String sentence) {
        boolean[] taken = new boolean[sentence.length() + 1];
        List<MetricCue> out = new ArrayList<>();
        // the entries are written in lower case and run over a lower-cased copy: case-insensitive
        // matching of some thirty alternations per sentence was most of the extraction time
        String lower = lowerCaseSameLength(sentence);
        for (Entry entry : ENTRIES) {
            Matcher m = entry.pattern.matcher(lower);
            while (m.find()) {
                if (m.end() == m.start() || overlaps(taken, m.start(), m.end())) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                String word = sentence.substring(m.start(), m.end());
                // "Umsatzrendite", "Gewinnmarge", "Umsatzanteil": a ratio of the metric is not the metric
                if (entry.metric != null && entry.metric != Metric.GROSS_MARGIN && RATIO_COMPOUND.matcher(word).matches()) continue;
                boolean change = entry.change || isChangeCompound(word);
                int sign = entry.sign < 0 || isFallCompound(word) || (!change && isLossWord(word)) ? -1 : 1;
                out.add(new MetricCue(entry.metric, change, sign, m.start(), m.end(), word));
            }
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** Lower case char by char, so that offsets into the copy are offsets into the sentence. */
    static String lowerCaseSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }

    private static boolean overlaps(boolean[] taken, int begin, int end) {
        for (int i = begin; i < end; i++) if (taken[i]) return true;
        return false;
    }

    /** "Umsatzwachstum", "Gewinnsprung", "revenue growth" say change inside the metric word. */
    private static boolean isChangeCompound(String word) {
        String w = word.toLowerCase();
        return w.length() > 8 && (w.endsWith("wachstum") || w.endsWith("zuwachs") || w.endsWith("anstieg")
            || w.endsWith("sprung") || w.endsWith("plus") || w.endsWith("steigerung"));
    }

    /** A loss is a negative value of the income metric it names. */
    private static boolean isLossWord(String word) {
        String w = word.toLowerCase();
        return w.contains("verlust") || w.contains("loss") || w.equals("lost");
    }

    private static boolean isFallCompound(String word) {
        String w = word.toLowerCase();
        return w.length() > 8 && (w.endsWith("rückgang") || w.endsWith("einbruch") || w.endsWith("minus"));
    }
}
