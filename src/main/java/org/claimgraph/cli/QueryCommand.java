package org.claimgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.claimgraph.InputException;
import org.claimgraph.Location;
import org.claimgraph.export.ClaimPrefixes;
import org.claimgraph.server.ServicePolicy;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the store (or RDF files) with the same semantics as the server:"
                + " the default graph is the union of all graphs. The project prefixes (cg:, cgr:, wd:, schema:,"
                + " prov:, nif:, rdfs:, owl:, xsd:, skos:) are predeclared.",
                "CONSTRUCT and DESCRIBE results are written as Turtle."})
final class QueryCommand implements Callable<Integer> {

    enum Results { table, csv, tsv, json }

    private final CliContext context;

    @Mixin SourceOptions source;

    /** The query text or a file holding it, one of the two. */
    static final class QueryText {
        @Parameters(arity = "1", paramLabel = "QUERY", description = "the SPARQL query")
        String text;

        @Option(names = "--query-file", paramLabel = "F", description = "read the query from this file")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    QueryText query;

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    Results results;

    QueryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Query q = parse(queryText(), query.file == null ? "query" : query.file.toString());
        try (ClaimStore store = StoreData.open(source)) {
            // An explicit context replaces the dataset's, so start from a copy of it (union default graph).
            Context cxt = store.dataset().getContext().copy();
            ServicePolicy.denyAll().applyTo(cxt);
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).context(cxt).build()) {
                    write(q, qe);
                }
            });
        }
        context.out().flush();
        return Main.OK;
    }

    private String queryText() {
        if (query.file == null) return query.text;
        try {
            return Files.readString(query.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read query: " + e.getMessage(), Location.of(query.file.toString()), e);
        }
    }

    /** Parses with the project prefixes predeclared, keeping the user's line numbers. */
    static Query parse(String text, String source) {
        Query q = new Query();
        q.setPrefixMapping(ClaimPrefixes.prefixMapping());
        try {
            QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
            return q;
        } catch (QueryParseException e) {
            throw new InputException("query syntax: " + e.getMessage(), Location.at(source, e.getLine(), -1), e);
        }
    }

    private void write(Query q, QueryExecution qe) {
        var out = context.out();
        if (q.isAskType()) {
            boolean b = qe.execAsk();
            switch (results) {
                case json -> ResultSetFormatter.outputAsJSON(out, b);
                case csv -> ResultSetFormatter.outputAsCSV(out, b);
                case tsv -> ResultSetFormatter.outputAsTSV(out, b);
                default -> out.println(b ? "yes" : "no");
            }
        } else if (q.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (results) {
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                default -> ResultSetFormatter.out(out, rs, q.getPrefixMapping());
            }
        } else {
            Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            m.setNsPrefixes(ClaimPrefixes.prefixMapping());
            RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        }
    }
}
