package org.claimgraph.wikidata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;

/**
 * Runs the canned comparison query ({@code wikidata/compare.rq}) and keeps, for each claim, the
 * Wikidata statement of that year that matches it best (Wikidata may hold several per year).
 */
public final class Comparison {

    public static final String QUERY = SnapshotQuery.resource("/wikidata/compare.rq");
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");

    private static final Comparator<ComparisonRow> BEST = Comparator.comparingInt(ComparisonRow::rank)
            .thenComparing(r -> r.difference().map(BigDecimal::abs).orElse(BigDecimal.valueOf(Long.MAX_VALUE)));

    private Comparison() {}

    /** The data must hold the snapshot in the Wikidata graph (see {@link ClaimData#addSnapshot}). */
    public static List<ComparisonRow> run(Dataset data, BigDecimal tolerance) {
        if (tolerance.signum() < 0) throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        return Txn.calculateRead(data, () -> {
            Map<String, ComparisonRow> best = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(data).query(QUERY)
                    .substitution("tolerance", ResourceFactory.createTypedLiteral(tolerance.toPlainString(), XSDDatatype.XSDdecimal))
                    .build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    ComparisonRow row = row(rs.next());
                    best.merge(row.claim(), row, (a, b) -> BEST.compare(a, b) <= 0 ? a : b);
                }
            }
            return new ArrayList<>(best.values());
        });
    }

    private static ComparisonRow row(QuerySolution s) {
        return new ComparisonRow(
                s.getResource("claim").getURI(),
                s.getResource("entity").getURI(),
                s.contains("label") ? s.getLiteral("label").getLexicalForm() : s.getResource("entity").getLocalName(),
                Qid.of(s.getResource("item").asNode()).orElseThrow(),
                s.getResource("metric").getLocalName(),
                s.getLiteral("period").getLexicalForm(),
                decimal(s.get("claimValue")).orElse(BigDecimal.ZERO),
                decimal(s.get("wikidataValue")),
                Optional.ofNullable(s.get("wikidataTime")).map(n -> n.asLiteral().getLexicalForm()),
                decimal(s.get("difference")),
                ComparisonRow.Verdict.of(s.getLiteral("verdict").getLexicalForm()),
                s.contains("source") ? s.getLiteral("source").getLexicalForm() : "");
    }

    private static Optional<BigDecimal> decimal(RDFNode n) {
        if (n == null || !n.isLiteral()) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(n.asLiteral().getLexicalForm().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
