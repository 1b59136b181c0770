package org.claimgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cuts the torn tail off TDB2 journals. A process killed while it writes a journal entry leaves
 * the entry's header without all of its data, and Jena's recovery then refuses to open the store
 * ("Failed to read the journal entry data"). A torn entry belongs to a transaction whose commit
 * record was never written, so it was never acknowledged; recovery ignores such transactions
 * anyway once the entry is gone. Entries are a 16-byte header (length, checksum, type, component)
 * followed by {@code length} bytes of data.
 */
final class JournalRepair {

    private static final int HEADER = 16;

    private JournalRepair() {
    }

    /**
     * Truncates every torn journal below {@code folder}; returns a description of each repair. A
     * store another process (or this one) holds is left alone: its journal may be mid-write.
     */
    static List<String> repair(Path folder) throws IOException {
        List<String> repaired = new ArrayList<>();
        if (!Files.isDirectory(folder)) return repaired;
        if (heldByLiveProcess(folder.resolve("tdb.lock"))) return repaired;
        return cut(folder, repaired);
    }

    /** TDB2's lock file names the process id of its holder; a live holder (this process too) may be mid-write. */
    private static boolean heldByLiveProcess(Path lockFile) {
        try {
            if (!Files.exists(lockFile)) return false;
            String pid = Files.readString(lockFile).strip();
            if (pid.isEmpty()) return false;
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true; // unreadable: do not touch what we cannot judge
        }
    }

    private static List<String> cut(Path folder, List<String> repaired) throws IOException {
        try (Stream<Path> files = Files.walk(folder, 3)) {
            for (Path journal : files.filter(p -> p.getFileName().toString().endsWith(".jrnl")).toList()) {
                long cut = completeLength(journal);
                long size = Files.size(journal);
                if (cut < size) {
                    try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                        ch.truncate(cut);
                        ch.force(true);
                    }
                    repaired.add(folder.relativize(journal) + ": cut " + (size - cut) + " bytes of a torn entry");
                }
            }
        }
        return repaired;
    }

    /** The length of the journal up to the end of its last complete entry. */
    static long completeLength(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (pos + HEADER <= size) {
                header.clear();
                ch.read(header, pos);
                int length = header.getInt(0);
                if (length < 0 || pos + HEADER + length > size) break;
                pos += HEADER + length;
            }
            return pos;
        }
    }
}
