package org.claimgraph.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/** The snapshot's CONSTRUCT query (resource {@code wikidata/snapshot.rq}) for one batch of items. */
public final class SnapshotQuery {

    static final Var ITEM = Var.alloc("item");
    private static final String TEMPLATE = resource("/wikidata/snapshot.rq");

    private SnapshotQuery() {}

    /** The query for these items, the item list attached as a VALUES block built from nodes (no text pasting). */
    public static Query forItems(Collection<Qid> items) {
        if (items.isEmpty()) throw new IllegalArgumentException("no items");
        Query q = QueryFactory.create(TEMPLATE);
        List<Binding> rows = new ArrayList<>(items.size());
        for (Qid qid : items) rows.add(BindingFactory.binding(ITEM, qid.node()));
        q.setValuesDataBlock(List.of(ITEM), rows);
        return q;
    }

    static String resource(String name) {
        try (InputStream in = SnapshotQuery.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
