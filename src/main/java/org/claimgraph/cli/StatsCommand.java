package org.claimgraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.claimgraph.export.ClaimPrefixes;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts articles, claims by type and by metric, entities and entities linked to Wikidata.")
final class StatsCommand implements Callable<Integer> {

    static final String ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a cg:Article }";
    static final String CLAIMS_BY_TYPE = """
            SELECT ?key (COUNT(DISTINCT ?c) AS ?n) {
              VALUES ?key { cg:QuantitativeClaim cg:ComparativeClaim cg:RelationClaim }
              ?c a ?key
            } GROUP BY ?key ORDER BY ?key""";
    static final String CLAIMS_BY_METRIC = """
            SELECT ?key (COUNT(DISTINCT ?c) AS ?n) { ?c cg:metric ?key } GROUP BY ?key ORDER BY DESC(?n) ?key""";
    static final String ENTITIES = """
            SELECT (COUNT(DISTINCT ?e) AS ?n) {
              ?e a ?t FILTER(STRSTARTS(STR(?e), "https://w3id.org/claimgraph/id/entity/"))
            }""";
    static final String LINKED = """
            SELECT (COUNT(DISTINCT ?e) AS ?n) {
              ?e owl:sameAs ?w FILTER(STRSTARTS(STR(?e), "https://w3id.org/claimgraph/id/entity/") && STRSTARTS(STR(?w), "http://www.wikidata.org/entity/"))
            }""";

    private final CliContext context;

    @Mixin SourceOptions source;

    StatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (ClaimStore store = StoreData.open(source)) {
            Txn.executeRead(store.dataset(), () -> {
                var out = context.out();
                out.printf("articles         %d%n", count(store, ARTICLES));
                Map<String, Long> types = grouped(store, CLAIMS_BY_TYPE);
                out.printf("claims           %d%n", types.values().stream().mapToLong(Long::longValue).sum());
                types.forEach((k, v) -> out.printf("  %-28s %d%n", k, v));
                Map<String, Long> metrics = grouped(store, CLAIMS_BY_METRIC);
                if (!metrics.isEmpty()) out.println("claims by metric");
                metrics.forEach((k, v) -> out.printf("  %-28s %d%n", k, v));
                out.printf("entities         %d%n", count(store, ENTITIES));
                out.printf("linked entities  %d%n", count(store, LINKED));
            });
        }
        context.out().flush();
        return Main.OK;
    }

    private static Query query(String body) {
        return QueryCommand.parse(body, "stats");
    }

    private static long count(ClaimStore store, String q) {
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query(q)).build()) {
            var rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0;
        }
    }

    private static Map<String, Long> grouped(ClaimStore store, String q) {
        PrefixMapping pm = ClaimPrefixes.prefixMapping();
        Map<String, Long> m = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query(q)).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                RDFNode key = s.get("key");
                String k = key.isURIResource() ? pm.shortForm(key.asResource().getURI()) : key.toString();
                m.put(k, s.getLiteral("n").getLong());
            });
        }
        return m;
    }
}
