package org.claimgraph.wikidata;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wikidata compare}: each extracted revenue, net income and headcount beside Wikidata's. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Set extracted figures (revenue, net income, employees) beside Wikidata's statements for the same year.")
public class CompareCommand implements Callable<Integer> {

    private static final List<String> HEADER =
            List.of("ENTITY", "QID", "METRIC", "PERIOD", "CLAIM", "WIKIDATA", "DIFF", "VERDICT", "SOURCE");

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--snapshot", paramLabel = "FILE", defaultValue = "data/wikidata/snapshot.ttl",
            description = "Wikidata snapshot (default: ${DEFAULT-VALUE}).")
    Path snapshot;

    @Option(names = "--tolerance", paramLabel = "FRACTION", defaultValue = "0.01",
            description = "Relative difference still counted as agreement (default: ${DEFAULT-VALUE} = 1 %%).")
    BigDecimal tolerance;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the rows as CSV.")
    Path csv;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            Dataset ds = data.load();
            // A store may already hold the snapshot graph; a snapshot file, when there is one, wins.
            boolean inStore = ds.asDatasetGraph().containsGraph(ClaimData.WIKIDATA_GRAPH)
                    && !ds.asDatasetGraph().getGraph(ClaimData.WIKIDATA_GRAPH).isEmpty();
            if (java.nio.file.Files.exists(snapshot) || !inStore) ClaimData.addSnapshot(ds, RdfFiles.readGraph(snapshot));
            List<ComparisonRow> rows = Comparison.run(ds, tolerance);
            List<List<String>> cells = rows.stream().map(CompareCommand::cells).toList();
            PrintWriter out = spec.commandLine().getOut();
            TextTable t = new TextTable(HEADER, false, false, false, false, true, true, true, false, false);
            cells.forEach(t::row);
            t.print(out);
            out.println(summary(rows));
            out.flush();
            if (csv != null) AtomicFiles.writeString(csv, Csv.format(HEADER, cells));
            return 0;
        });
    }

    static List<String> cells(ComparisonRow r) {
        List<String> c = new ArrayList<>();
        c.add(r.label());
        c.add(r.item().toString());
        c.add(r.metric());
        c.add(r.period());
        c.add(plain(r.claimValue()));
        c.add(r.wikidataValue().map(CompareCommand::plain).orElse("-"));
        c.add(r.difference().map(CompareCommand::percent).orElse("-"));
        c.add(r.verdict().text());
        c.add(r.source());
        return c;
    }

    static String summary(List<ComparisonRow> rows) {
        Map<ComparisonRow.Verdict, Long> counts = new EnumMap<>(ComparisonRow.Verdict.class);
        rows.forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));
        if (counts.isEmpty()) return "no comparable figures (revenue, net income, employees of linked entities)";
        return counts.entrySet().stream().map(e -> e.getKey().text() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + " %";
    }
}
