package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;

/**
 * Collects what a producer streams for one named graph, so that the store's write transaction only
 * starts once the content is complete. Triples and default-graph quads go to the target graph; a
 * quad for any other graph is refused, because re-ingesting an article must replace exactly one
 * graph and never leave stray data elsewhere.
 */
public final class GraphBuffer implements StreamRDF {

    private final Node graphName;
    private final List<Triple> triples = new ArrayList<>();

    public GraphBuffer(Node graphName) {
        this.graphName = Objects.requireNonNull(graphName, "graphName");
    }

    public Node graphName() {
        return graphName;
    }

    public List<Triple> triples() {
        return List.copyOf(triples);
    }

    public int size() {
        return triples.size();
    }

    @Override public void start() {}
    @Override public void finish() {}
    @Override public void base(String base) {}
    @Override public void prefix(String prefix, String iri) {}
    @Override public void version(String version) {}

    @Override
    public void triple(Triple triple) {
        triples.add(triple);
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (g == null || Quad.isDefaultGraph(g) || g.equals(graphName)) {
            triples.add(quad.asTriple());
            return;
        }
        throw new ClaimgraphException("quad for graph " + g + " while writing graph " + graphName,
                Location.of(graphName.toString()));
    }
}
