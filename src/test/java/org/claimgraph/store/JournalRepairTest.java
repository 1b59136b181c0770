package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed while writing a journal entry leaves it torn; the real TDB2 store must still open. */
class JournalRepairTest {

    @TempDir Path dir;

    private static final Node G = NodeFactory.createURI("https://w3id.org/claimgraph/id/article/a");
    private static final Node P = NodeFactory.createURI("https://example.org/p");

    private static Path journal(Path store) throws Exception {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jrnl")).findFirst().orElseThrow();
        }
    }

    /** a header promising {@code length} bytes of data, followed by only {@code written} of them */
    private static void appendTornEntry(Path journal, int length, int written) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(16 + written);
        b.putInt(length).putInt(0).putInt(1).putInt(0);
        Files.write(journal, b.array(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void aStoreWithATornJournalEntryOpensWithItsCommittedData() throws Exception {
        Path folder = dir.resolve("store");
        try (ClaimStore store = ClaimStore.open(folder)) {
            store.replaceArticle(G, out -> out.triple(Triple.create(G, P, NodeFactory.createLiteralString("kept"))));
        }
        Path journal = journal(folder);
        long clean = Files.size(journal);
        appendTornEntry(journal, 24, 0);
        // as after kill -9: the lock file names a process that is gone
        Process gone = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Files.writeString(folder.resolve("tdb.lock"), Long.toString(gone.pid()));
        try (ClaimStore store = ClaimStore.open(folder)) {
            assertEquals(List.of(G), store.graphNames());
        }
        assertEquals(clean, Files.size(journal), "the torn entry was cut");
    }

    @Test
    void aStoreHeldByALiveProcessIsLeftAlone() throws Exception {
        Path folder = dir.resolve("held");
        Files.createDirectories(folder.resolve("Data-0001"));
        Path journal = folder.resolve("Data-0001/journal.jrnl");
        appendTornEntry(journal, 24, 0);
        Files.writeString(folder.resolve("tdb.lock"), Long.toString(ProcessHandle.current().pid()));
        assertTrue(JournalRepair.repair(folder).isEmpty());
        assertEquals(16, Files.size(journal), "a journal that may be mid-write is not touched");
    }

    @Test
    void onlyTheTornTailIsCut() throws Exception {
        Path journal = dir.resolve("journal.jrnl");
        ByteBuffer whole = ByteBuffer.allocate(16 + 8).putInt(8).putInt(0).putInt(1).putInt(0).putLong(42);
        Files.write(journal, whole.array());
        appendTornEntry(journal, 100, 10);
        assertEquals(24, JournalRepair.completeLength(journal));
        List<String> repairs = JournalRepair.repair(dir);
        assertEquals(1, repairs.size(), repairs.toString());
        assertEquals(24, Files.size(journal));
        assertTrue(JournalRepair.repair(dir).isEmpty(), "a complete journal is left alone");
    }

    @Test
    void aFolderWithoutJournalsNeedsNoRepair() throws Exception {
        assertFalse(JournalRepair.repair(dir.resolve("absent")).iterator().hasNext());
    }
}
