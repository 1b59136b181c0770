package org.claimgraph.wikidata;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain aligned table for the terminal; columns flagged numeric are right-aligned. */
final class TextTable {

    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header, boolean... numeric) {
        this.header = List.copyOf(header);
        this.numeric = new boolean[header.size()];
        for (int i = 0; i < numeric.length && i < header.size(); i++) this.numeric[i] = numeric[i];
    }

    TextTable row(List<String> cells) {
        if (cells.size() != header.size()) throw new IllegalArgumentException("row has " + cells.size() + " cells");
        rows.add(List.copyOf(cells));
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) width[i] = Math.max(width[i], r.get(i).length());
        }
        line(out, header, width);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        out.println(rule);
        for (List<String> r : rows) line(out, r, width);
        out.flush();
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            if (i > 0) sb.append("  ");
            sb.append(numeric[i] ? pad + c : (i == cells.size() - 1 ? c : c + pad));
        }
        out.println(sb);
    }
}
