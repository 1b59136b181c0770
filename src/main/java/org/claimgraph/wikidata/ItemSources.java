package org.claimgraph.wikidata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/** Where the items of a snapshot come from: the catalogue, an id list, a query, the old snapshot. */
public final class ItemSources {

    private ItemSources() {}

    /** Items the catalogue links to (the objects of owl:sameAs that are Wikidata items). */
    public static TreeSet<Qid> catalogue(Path file) {
        return sameAsTargets(RdfFiles.readGraph(file));
    }

    public static TreeSet<Qid> sameAsTargets(Graph g) {
        TreeSet<Qid> ids = new TreeSet<>();
        g.find(Node.ANY, WdVocab.OWL_SAME_AS, Node.ANY).forEachRemaining(t -> Qid.of(t.getObject()).ifPresent(ids::add));
        return ids;
    }

    /** One id per line ("Q380" or a full IRI); '#' starts a comment; blank lines are skipped. */
    public static TreeSet<Qid> idList(Path file) {
        RdfFiles.requireReadable(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), Location.of(file.toString()), e);
        }
        TreeSet<Qid> ids = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) continue;
            Optional<Qid> id = Qid.parse(text);
            if (id.isEmpty())
                throw new InputException("not a Wikidata id: '" + text + "'", Location.at(file.toString(), i + 1, -1));
            ids.add(id.get());
        }
        return ids;
    }

    /** Items selected by a SELECT query run at the endpoint; the first variable is the item. */
    public static TreeSet<Qid> query(Path file, WikidataClient client) {
        RdfFiles.requireReadable(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), Location.of(file.toString()), e);
        }
        try {
            if (!QueryFactory.create(text).isSelectType())
                throw new InputException("the item query must be a SELECT query", Location.of(file.toString()));
        } catch (QueryParseException e) {
            // Wikidata's service accepts extensions (wikibase:label SERVICE) that are still SPARQL 1.1;
            // anything else is a mistake best reported before a request is sent.
            throw new InputException("not a SPARQL query: " + e.getMessage(), Location.at(file.toString(), e.getLine(), -1), e);
        }
        ResultSetRewindable rs = client.select(text);
        List<String> vars = rs.getResultVars();
        if (vars.isEmpty()) throw new ClaimgraphException("the item query selects no variable", Location.of(file.toString()));
        String first = vars.get(0);
        TreeSet<Qid> ids = new TreeSet<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            RDFNode n = row.get(first);
            if (n != null) Qid.of(n.asNode()).ifPresent(ids::add);
        }
        return ids;
    }
}
