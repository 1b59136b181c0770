package org.claimgraph.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph that lists its triples in the order they were added. Jena's pretty writers write
 * subjects in the order a full {@code find()} returns them, so an export built from this graph
 * reads like its source: the article, then its claims in text order. It also makes the
 * output of independent parsers that keep file order (rdflib, rapper) follow the text.
 * Pattern lookups go to an indexed in-memory graph; only the full listing is ordered.
 */
final class InsertionOrderGraph extends GraphBase {

    private final Graph index = new GraphMem2Fast();
    private final Set<Triple> order = new LinkedHashSet<>();

    /** An in-memory dataset whose graphs keep insertion order. */
    static DatasetGraph dataset() {
        return new DatasetGraphMapLink(name -> new InsertionOrderGraph());
    }

    @Override
    public void performAdd(Triple t) {
        if (order.add(t)) index.add(t);
    }

    @Override
    public void performDelete(Triple t) {
        if (order.remove(t)) index.delete(t);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject(), p = pattern.getPredicate(), o = pattern.getObject();
        if (!s.isConcrete() && !p.isConcrete() && !o.isConcrete()) {
            // a copy, so a writer may delete while it iterates without upsetting the set
            return WrappedIterator.create(new ArrayList<>(order).iterator());
        }
        return index.find(pattern);
    }

    @Override
    protected int graphBaseSize() {
        return order.size();
    }
}
