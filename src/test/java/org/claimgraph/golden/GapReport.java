package org.claimgraph.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Developer aid, not a test: lists every phenomenon-table row marked as a known gap with its
 * sentence, expected and actual claims, so the rules can be fixed from one listing. Run from the
 * project root: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.claimgraph.golden.GapReport}.
 */
public final class GapReport {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/java/org/claimgraph/claim");
        int gaps = 0, fixed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*PhenomenonTest.java")) {
            for (Path f : files) {
                String kinds = kindsOf(Files.readString(f, StandardCharsets.UTF_8));
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] cells = line.strip().split(" => ", -1);
                    if (cells.length < 4 || line.strip().startsWith("#") || line.contains("delimiterString")) continue;
                    String lang = cells[0], date = ClaimStrings.DEFAULT_DATE;
                    if (lang.contains("@")) { date = lang.substring(lang.indexOf('@') + 1); lang = lang.substring(0, lang.indexOf('@')); }
                    String text = cells[1].replace(" ¶", "\n").replace("¶", "\n");
                    Set<String> want = ClaimStrings.expected(cells[2].replace("\"", ""));
                    Set<String> got = ClaimStrings.extract(lang, date, text, kinds);
                    boolean ok = want.equals(got);
                    if (ok) fixed++; else gaps++;
                    System.out.println((ok ? "FIXED " : "GAP   ") + f.getFileName().toString().replace(".java", "")
                            + "\n  sentence: " + cells[1] + "\n  gap:      " + cells[3]
                            + "\n  expected: " + String.join(" ; ", want) + "\n  actual:   " + String.join(" ; ", got));
                }
            }
        }
        System.out.println(gaps + " open gaps, " + fixed + " fixed");
    }

    private static String kindsOf(String source) {
        int i = source.indexOf("PhenomenonCheck.check(row, \"");
        if (i < 0) return "QCR";
        int start = i + "PhenomenonCheck.check(row, \"".length();
        return source.substring(start, source.indexOf('"', start));
    }
}
