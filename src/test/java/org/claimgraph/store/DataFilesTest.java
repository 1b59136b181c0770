package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataFilesTest {

    @TempDir Path dir;

    @Test
    void namedGraphsKeepTheirNamesAndDefaultTriplesGetTheFileGraph() throws Exception {
        Path trig = Files.writeString(dir.resolve("d.trig"),
                "<http://x/s> <http://x/p> 1 .\n<http://x/g> { <http://x/s> <http://x/p> 2 }\n");
        try (ClaimStore store = ClaimStore.inMemory()) {
            DataFiles.load(store, trig);
            assertEquals(List.of(NodeFactory.createURI(trig.toAbsolutePath().toUri().toString()), NodeFactory.createURI("http://x/g")),
                    store.graphNames());
        }
    }

    @ParameterizedTest
    @CsvSource({"bad.ttl, '<http://x/s> <http://x/p> .'", "bad.trig, '<http://x/g> { <http://x/s> '"})
    void unparsableFilesAreUserErrors(String name, String content) throws Exception {
        Path f = Files.writeString(dir.resolve(name), content);
        try (ClaimStore store = ClaimStore.inMemory()) {
            InputException e = assertThrows(InputException.class, () -> DataFiles.load(store, f));
            assertEquals(f.toString(), e.location().source());
            assertTrue(store.graphNames().isEmpty());
        }
    }
}
