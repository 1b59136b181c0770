package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.ClaimgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {

    private static final Node P = uri("http://example.org/p");

    @TempDir Path dir;

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static void write(ClaimStore store, Node g, String... objects) {
        store.replaceArticle(g, out -> {
            for (String o : objects) out.triple(Triple.create(g, P, lit(o)));
        });
    }

    private static List<String> objects(ClaimStore store, Node g) {
        return store.read(dsg -> {
            List<String> l = new ArrayList<>();
            dsg.find(g, Node.ANY, P, Node.ANY).forEachRemaining(q -> l.add(q.getObject().getLiteralLexicalForm()));
            l.sort(null);
            return l;
        });
    }

    private static List<String> unionQuery(ClaimStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> l = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT ?o { ?s <http://example.org/p> ?o } ORDER BY ?o").build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> l.add(s.getLiteral("o").getLexicalForm()));
            }
            return l;
        });
    }

    @Test
    void replaceArticleReplacesOnlyThatGraph() {
        Node a = ClaimGraphs.articleGraph("a.txt");
        Node b = ClaimGraphs.articleGraph("b.txt");
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"))) {
            write(store, a, "a1", "a2");
            write(store, b, "b1");
            write(store, a, "a3");
            assertEquals(List.of("a3"), objects(store, a));
            assertEquals(List.of("b1"), objects(store, b));
        }
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"))) {
            write(store, ClaimGraphs.articleGraph("x.txt"), "x");
            write(store, ClaimGraphs.articleGraph("y.html"), "y");
            assertEquals(List.of("x", "y"), unionQuery(store));
        }
    }

    @Test
    void failingContentLeavesTheOldGraph() {
        Node a = ClaimGraphs.articleGraph("a.txt");
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"))) {
            write(store, a, "old");
            assertThrows(IllegalStateException.class, () -> store.replaceArticle(a, out -> {
                out.triple(Triple.create(a, P, lit("new")));
                throw new IllegalStateException("mapper broke half-way");
            }));
            assertEquals(List.of("old"), objects(store, a));
        }
    }

    @Test
    void quadsForAnotherGraphAreRefused() {
        Node a = ClaimGraphs.articleGraph("a.txt");
        Node other = ClaimGraphs.articleGraph("other.txt");
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"))) {
            write(store, a, "old");
            assertThrows(ClaimgraphException.class, () -> store.replaceArticle(a, out -> {
                out.quad(Quad.create(a, a, P, lit("new")));
                out.quad(Quad.create(other, a, P, lit("stray")));
            }));
            assertEquals(List.of("old"), objects(store, a));
            assertEquals(List.of(), objects(store, other));
        }
    }

    @Test
    void ontologyAndCatalogueReloadReplaces() {
        Graph first = GraphFactory.createDefaultGraph();
        first.add(uri("http://example.org/A"), P, lit("1"));
        first.add(uri("http://example.org/B"), P, lit("2"));
        Graph second = GraphFactory.createDefaultGraph();
        second.add(uri("http://example.org/C"), P, lit("3"));
        try (ClaimStore store = ClaimStore.open(dir.resolve("store"))) {
            store.loadOntology(first);
            store.loadCatalogue(first);
            store.loadOntology(second);
            assertEquals(List.of("3"), objects(store, ClaimGraphs.ONTOLOGY));
            assertEquals(List.of("1", "2"), objects(store, ClaimGraphs.CATALOGUE));
            assertEquals(List.of(ClaimGraphs.CATALOGUE, ClaimGraphs.ONTOLOGY), store.graphNames());
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        Path folder = dir.resolve("store");
        try (ClaimStore store = ClaimStore.open(folder)) {
            write(store, ClaimGraphs.articleGraph("a.txt"), "kept");
        }
        try (ClaimStore store = ClaimStore.open(folder)) {
            assertEquals(List.of("kept"), unionQuery(store));
        }
    }

    @Test
    void aFileIsNotAStore() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        StoreException e = assertThrows(StoreException.class, () -> ClaimStore.open(file));
        assertEquals(file.toString(), e.location().source());
        assertTrue(e.isUserError());
    }

    @Test
    void storeLockedByAnotherProcessIsAClearError() throws Exception {
        Path folder = dir.resolve("locked");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), folder.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && !line.equals("ready")) {
                // skip logging
            }
            assertEquals("ready", line, "the holder process did not open the store");
            StoreException e = assertThrows(StoreException.class, () -> ClaimStore.open(folder));
            assertEquals(folder.toString(), e.location().source());
            assertTrue(e.getMessage().contains("another process"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) holder.destroyForcibly();
        }
        // once the other process is gone, the store opens
        try (ClaimStore store = ClaimStore.open(folder)) {
            assertTrue(store.graphNames().isEmpty());
        }
    }
}
