package org.claimgraph.entity;

import java.util.List;

/**
 * The news agency of a dateline: "(Reuters) -", "Bangalore (Bloomberg) --" in the first line of an
 * article. The agency reports on the article's companies and is never the one "the company" means.
 */
final class Dateline {

    private static final int SEARCH = 30;

    private Dateline() {
    }

    /** First and last token inside the dateline's parentheses, or null. */
    static int[] agencySpan(List<Token> tokens) {
        for (int i = 0; i + 3 < tokens.size() && i < SEARCH; i++) {
            if (!tokens.get(i).text().equals("(") || !tokens.get(i + 1).word() || tokens.get(i + 1).number()) continue;
            int close = i + 1;
            while (close < tokens.size() && close <= i + 4 && (tokens.get(close).word() || tokens.get(close).isHyphen())) {
                close++;
            }
            if (close >= tokens.size() - 1 || !tokens.get(close).text().equals(")")) continue;
            String dash = tokens.get(close + 1).text();
            if (dash.equals("-") || dash.equals("\u2013") || dash.equals("\u2014")) return new int[] {i + 1, close - 1};
        }
        return null;
    }
}
