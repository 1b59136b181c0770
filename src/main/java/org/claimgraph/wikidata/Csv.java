package org.claimgraph.wikidata;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. */
final class Csv {

    private Csv() {}

    static String format(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder(line(header));
        rows.forEach(r -> sb.append(line(r)));
        return sb.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r"))
            return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
