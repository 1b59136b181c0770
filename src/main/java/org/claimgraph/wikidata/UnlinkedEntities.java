package org.claimgraph.wikidata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.entity.EntityType;

/** Finds the entities that still need a Wikidata link, most widely mentioned first. */
public final class UnlinkedEntities {

    private static final String QUERY = SnapshotQuery.resource("/wikidata/unlinked.rq");
    private static final String DETAILS = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?what ?value WHERE {
              { ?entity rdfs:label ?value BIND("label" AS ?what) }
              UNION { ?entity skos:altLabel ?value BIND("label" AS ?what) }
              UNION { ?entity a ?value BIND("type" AS ?what) }
            }
            """;
    private static final String COUNTS = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            SELECT (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?figure) AS ?figures) WHERE {
              ?claim cg:about ?entity .
              OPTIONAL { ?claim a cg:QuantitativeClaim BIND(?claim AS ?figure) }
            }
            """;

    /** Most articles first, then most claims, then by label: the entities most worth linking. */
    public static final Comparator<UnlinkedEntity> ORDER = Comparator
            .comparingLong(UnlinkedEntity::articles).reversed()
            .thenComparing(Comparator.comparingLong(UnlinkedEntity::claims).reversed())
            .thenComparing(UnlinkedEntity::displayLabel)
            .thenComparing(UnlinkedEntity::iri);

    private UnlinkedEntities() {}

    public static List<UnlinkedEntity> find(Dataset data) {
        return Txn.calculateRead(data, () -> {
            List<UnlinkedEntity> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(data).query(QUERY).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    if (!row.get("entity").isURIResource()) continue;
                    String langs = row.contains("languages") ? row.getLiteral("languages").getString() : "";
                    Set<String> languages = new LinkedHashSet<>();
                    Arrays.stream(langs.split(" ")).filter(s -> !s.isBlank()).sorted().forEach(languages::add);
                    out.add(details(data, row.getResource("entity").getURI(), languages,
                            row.getLiteral("articles").getLong(), row.getLiteral("mentions").getLong()));
                }
            }
            out.sort(ORDER);
            return out;
        });
    }

    private static UnlinkedEntity details(Dataset data, String iri, Set<String> languages, long articles, long mentions) {
        List<UnlinkedEntity.Name> labels = new ArrayList<>();
        Optional<EntityType> type = Optional.empty();
        long claims = 0, figures = 0;
        try (QueryExecution qe = QueryExecution.dataset(data).query(DETAILS)
                .substitution("entity", ResourceFactory.createResource(iri)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                RDFNode v = row.get("value");
                switch (row.getLiteral("what").getString()) {
                    case "label" -> {
                        Literal l = v.asLiteral();
                        UnlinkedEntity.Name n = new UnlinkedEntity.Name(l.getLexicalForm(), l.getLanguage());
                        if (!labels.contains(n)) labels.add(n);
                    }
                    case "type" -> type = type.or(() -> entityType(v));
                    default -> { }
                }
            }
        }
        try (QueryExecution qe = QueryExecution.dataset(data).query(COUNTS)
                .substitution("entity", ResourceFactory.createResource(iri)).build()) {
            QuerySolution row = qe.execSelect().next();
            claims = row.getLiteral("claims").getLong();
            figures = row.getLiteral("figures").getLong();
        }
        labels.sort(Comparator.comparing(UnlinkedEntity.Name::lang).thenComparing(UnlinkedEntity.Name::text));
        return new UnlinkedEntity(iri, type, labels, languages, articles, mentions, claims, figures);
    }

    static Optional<EntityType> entityType(RDFNode type) {
        if (!type.isURIResource() || !type.asResource().getURI().startsWith(WdVocab.CG)) return Optional.empty();
        String local = type.asResource().getURI().substring(WdVocab.CG.length());
        return Arrays.stream(EntityType.values()).filter(t -> t.localName().equals(local)).findFirst();
    }
}
