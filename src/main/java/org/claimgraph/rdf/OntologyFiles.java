package org.claimgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Location;

/**
 * The ontology and the shapes as graphs, for the store's ontology graph and for validation. They
 * are read from the classpath ({@code /ontology/…}, where the build puts them) and, failing that,
 * from {@code ontology/} in the working directory (a source checkout).
 */
public final class OntologyFiles {

    public static final String ONTOLOGY = "ontology/claimgraph.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private OntologyFiles() {}

    public static Graph ontology() {
        return load(ONTOLOGY);
    }

    public static Shapes shapes() {
        return Shapes.parse(load(SHAPES));
    }

    static Graph load(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyFiles.class.getResourceAsStream("/" + name)) {
            if (in != null) {
                RDFParser.source(in).lang(Lang.TURTLE).base(CG.ONTOLOGY).parse(graph);
                return graph;
            }
        } catch (IOException e) {
            throw new ClaimgraphException("cannot read " + name + " from the classpath", Location.of(name), e);
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file))
            throw new ClaimgraphException("not on the classpath nor in the working directory", Location.of(name));
        RDFParser.source(file).lang(Lang.TURTLE).parse(graph);
        return graph;
    }
}
