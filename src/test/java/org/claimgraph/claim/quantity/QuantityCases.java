package org.claimgraph.claim.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.claimgraph.claim.Approximation;
import org.claimgraph.claim.Unit;
import org.claimgraph.ingest.Language;

/**
 * Table-driven cases for the quantity finder, one fixture file per phenomenon under
 * {@code src/test/resources/claim/quantity/}. A line is {@code lang TAB sentence TAB expected};
 * '#' starts a comment. Expected is "-" for no mention, else mentions separated by " ; ", each
 * {@code [surface] key=value … flag …} with keys kind, role, v, lo, up, unit, approx, noun and flags
 * pp (percentage points) and ps (per share). Unnamed fields must have their default: role VALUE,
 * kind PERCENT for unit=PERCENT else AMOUNT, everything else null/false. Numbers compare with
 * {@link BigDecimal#compareTo}.
 */
final class QuantityCases {

    static final QuantityFinder FINDER = new RuleBasedQuantityFinder();

    record Expected(String surface, QuantityKind kind, QuantityRole role, BigDecimal value, BigDecimal lower,
                    BigDecimal upper, Unit unit, Approximation approx, boolean pp, String noun, boolean perShare) {
    }

    record Case(String file, int line, Language lang, String sentence, List<Expected> expected) {
        @Override
        public String toString() {
            return file + ":" + line + " " + sentence;
        }

        void check() {
            List<QuantityMention> actual = FINDER.find(sentence, lang);
            String shown = actual.stream().map(QuantityCases::show).collect(Collectors.joining("\n  "));
            assertEquals(expected.size(), actual.size(), () -> this + "\nactual:\n  " + shown);
            for (int k = 0; k < expected.size(); k++) {
                Expected e = expected.get(k);
                QuantityMention m = actual.get(k);
                String ctx = this + "\nmention " + k + ": " + show(m);
                assertEquals(e.surface, m.surface(), ctx);
                assertEquals(m.surface(), sentence.substring(m.begin(), m.end()), ctx);
                assertEquals(e.kind, m.kind(), ctx);
                assertEquals(e.role, m.role(), ctx);
                assertNumber(e.value, m.value(), "value " + ctx);
                assertNumber(e.lower, m.lower(), "lower " + ctx);
                assertNumber(e.upper, m.upper(), "upper " + ctx);
                assertEquals(e.unit, m.unit(), ctx);
                assertEquals(e.approx, m.approximation(), ctx);
                assertEquals(e.pp, m.percentagePoints(), ctx);
                assertEquals(e.noun, m.countNoun(), ctx);
                assertEquals(e.perShare, m.perShare(), ctx);
            }
        }
    }

    private QuantityCases() {
    }

    private static void assertNumber(BigDecimal expected, BigDecimal actual, String ctx) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, ctx);
        } else {
            assertTrue(expected.compareTo(actual) == 0, () -> "expected " + expected + " but was " + actual + " " + ctx);
        }
    }

    static String show(QuantityMention m) {
        return "[" + m.surface() + "] " + m.kind() + " " + m.role() + " v=" + m.value() + " lo=" + m.lower()
                + " up=" + m.upper() + " unit=" + m.unit() + " approx=" + m.approximation()
                + (m.percentagePoints() ? " pp" : "") + " noun=" + m.countNoun() + (m.perShare() ? " ps" : "");
    }

    static List<Case> load(String file) {
        String path = "/claim/quantity/" + file;
        List<Case> cases = new ArrayList<>();
        try (InputStream in = QuantityCases.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing fixture " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 3) throw new IllegalStateException(path + ":" + n + ": expected 3 columns");
                Language lang = Language.fromTag(cols[0].trim()).orElseThrow();
                cases.add(new Case(file, n, lang, cols[1], parseExpected(cols[2].trim(), path + ":" + n)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static List<Expected> parseExpected(String s, String where) {
        List<Expected> out = new ArrayList<>();
        if (s.equals("-")) return out;
        for (String part : s.split(" ; ")) {
            part = part.trim();
            int close = part.indexOf(']');
            if (!part.startsWith("[") || close < 0) fail(where + ": mention must start with [surface]: " + part);
            String surface = part.substring(1, close);
            QuantityKind kind = null;
            QuantityRole role = QuantityRole.VALUE;
            BigDecimal v = null;
            BigDecimal lo = null;
            BigDecimal up = null;
            Unit unit = null;
            Approximation approx = null;
            boolean pp = false;
            boolean ps = false;
            String noun = null;
            for (String f : part.substring(close + 1).trim().split("\\s+")) {
                if (f.isEmpty()) continue;
                int eq = f.indexOf('=');
                String key = eq < 0 ? f : f.substring(0, eq);
                String val = eq < 0 ? null : f.substring(eq + 1);
                switch (key) {
                    case "kind" -> kind = QuantityKind.valueOf(val);
                    case "role" -> role = QuantityRole.valueOf(val);
                    case "v" -> v = new BigDecimal(val);
                    case "lo" -> lo = new BigDecimal(val);
                    case "up" -> up = new BigDecimal(val);
                    case "unit" -> unit = Unit.valueOf(val);
                    case "approx" -> approx = Approximation.valueOf(val);
                    case "noun" -> noun = val;
                    case "pp" -> pp = true;
                    case "ps" -> ps = true;
                    default -> fail(where + ": unknown field " + f);
                }
            }
            if (kind == null) kind = unit == Unit.PERCENT ? QuantityKind.PERCENT : QuantityKind.AMOUNT;
            out.add(new Expected(surface, kind, role, v, lo, up, unit, approx, pp, noun, ps));
        }
        return out;
    }
}
