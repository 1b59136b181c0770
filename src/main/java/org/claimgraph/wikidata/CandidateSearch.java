package org.claimgraph.wikidata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/** Looks up candidate items by exact label or alias, at an endpoint or in a local snapshot. */
public final class CandidateSearch {

    private final Function<String, ResultSetRewindable> select;

    private CandidateSearch(Function<String, ResultSetRewindable> select) {
        this.select = select;
    }

    public static CandidateSearch online(WikidataClient client) {
        return new CandidateSearch(client::select);
    }

    /** Searches a snapshot graph in memory: the same query, no network. */
    public static CandidateSearch local(Graph snapshot) {
        var ds = DatasetFactory.wrap(ModelFactory.createModelForGraph(snapshot));
        return new CandidateSearch(q -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    /** Items named exactly {@code name} in any of the languages, merged per item. */
    public List<Candidate> find(String name, Set<String> languages) {
        Map<Qid, Candidate> found = new LinkedHashMap<>();
        for (String lang : new TreeSet<>(languages)) {
            ResultSetRewindable rs = select.apply(CandidateQuery.text(name, lang));
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                RDFNode item = row.get("item");
                if (item == null || !item.isURIResource()) continue;
                var qid = Qid.of(item.asNode()).filter(q -> q.kind() == 'Q');
                if (qid.isEmpty()) continue;
                Set<Qid> types = new TreeSet<>();
                RDFNode type = row.get("type");
                if (type != null) Qid.of(type.asNode()).ifPresent(types::add);
                String how = row.contains("how") ? row.getLiteral("how").getString() : "label";
                found.merge(qid.get(), new Candidate(qid.get(), types, Set.of(how + "@" + lang)), Candidate::merge);
            }
        }
        return List.copyOf(found.values());
    }
}
