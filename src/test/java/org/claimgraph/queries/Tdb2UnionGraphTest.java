package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store answers as the in-memory union does: the same data in a real TDB2 database whose
 * default graph is the union of its named graphs (the setting the server and CLI use).
 */
class Tdb2UnionGraphTest {

    @TempDir
    static Path dir;
    static Dataset tdb;
    static QueryFixture memory;

    @BeforeAll
    static void load() {
        memory = new QueryFixture();
        tdb = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(tdb, () -> memory.dataset().stream().forEach(tdb.asDatasetGraph()::add));
    }

    @AfterAll
    static void close() {
        tdb.close();
    }

    static List<String> localQueries() throws java.io.IOException {
        return CannedQueriesTest.queryFiles().filter(f -> !f.startsWith("federated-")).toList();
    }

    @ParameterizedTest
    @MethodSource("localQueries")
    void tdb2WithUnionDefaultGraphGivesTheSameRows(String file) {
        List<String> expected = memory.select(file).stream().map(Object::toString).toList();
        List<String> actual = Txn.calculateRead(tdb, () -> {
            try (QueryExecution qe = QueryExecution.dataset(tdb).query(QueryFixture.parse(file))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                List<String> rows = new ArrayList<>();
                while (rs.hasNext()) rows.add(QueryFixture.row(rs.next()).toString());
                return rows;
            }
        });
        assertFalse(expected.isEmpty(), file);
        assertEquals(expected, actual, file);
    }
}
