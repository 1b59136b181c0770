package org.claimgraph.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.export.ClaimPrefixes;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the union of all graphs against the SHACL shapes of the claim model"
                + " (ontology/shapes.ttl, packaged or in the working folder) and prints each result with its focus node.",
                "Exit code 1 when there is any violation; warnings and infos are printed but do not fail."})
final class ValidateCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin SourceOptions source;

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes to use instead of the claim model's")
    Path shapesFile;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Shapes shapes = Shapes.parse(shapesGraph());
        Graph data;
        try (ClaimStore store = StoreData.open(source)) {
            data = store.read(dsg -> {
                Graph g = GraphFactory.createDefaultGraph();
                dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
                return g;
            });
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        PrefixMapping pm = ClaimPrefixes.prefixMapping();
        long violations = 0;
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() == Severity.Violation) violations++;
            context.out().printf("%s %s%s: %s%n", severityName(e.severity()), FmtUtils.stringForNode(e.focusNode(), pm),
                    e.resultPath() == null ? "" : " " + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm)), e.message());
        }
        context.out().printf("%d triple(s) checked, %d violation(s), %d other result(s)%n",
                data.size(), violations, report.getEntries().size() - violations);
        context.out().flush();
        return violations > 0 ? Main.USER_ERROR : Main.OK;
    }

    private static String severityName(Severity s) {
        return s.level().getLocalName().toUpperCase(java.util.Locale.ROOT);
    }

    private Graph shapesGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            if (shapesFile != null) {
                if (!Files.isRegularFile(shapesFile)) throw new InputException("no such file", Location.of(shapesFile.toString()));
                RDFParser.source(shapesFile).parse(g);
                return g;
            }
            try (InputStream in = ValidateCommand.class.getResourceAsStream(Components.SHAPES)) {
                if (in != null) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                    return g;
                }
            }
            Path local = Path.of("ontology", "shapes.ttl");
            if (Files.isRegularFile(local)) {
                RDFParser.source(local).parse(g);
                return g;
            }
        } catch (RiotException e) {
            throw new InputException("shapes not readable: " + e.getMessage(),
                    Location.of(shapesFile == null ? "shapes" : shapesFile.toString()), e);
        } catch (java.io.IOException e) {
            throw new InputException("shapes not readable: " + e.getMessage(), Location.of(Components.SHAPES), e);
        }
        throw new InputException("no SHACL shapes found (packaged " + Components.SHAPES
                + " or ./ontology/shapes.ttl); give --shapes FILE", Location.of("validate"));
    }
}
