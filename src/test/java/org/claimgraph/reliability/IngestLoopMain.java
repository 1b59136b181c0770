package org.claimgraph.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.store.IngestService;
import org.claimgraph.store.IngestSummary;

/**
 * Child process for the kill tests: ingests the articles of a folder one by one, starting at a
 * given index and going round forever, and prints {@code stored <file name>} after each commit.
 * Usage: IngestLoopMain STORE INPUT START
 */
public final class IngestLoopMain {

    private IngestLoopMain() {}

    public static void main(String[] args) throws Exception {
        Path storeDir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            files = s.sorted().toList();
        }
        int start = Integer.parseInt(args[2]);
        Corpus.processor();
        ClaimStore store = ClaimStore.open(storeDir);
        IngestService ingest = Corpus.ingest(store);
        System.out.println("ready");
        System.out.flush();
        for (int i = start; ; i = (i + 1) % files.size()) {
            Path f = files.get(i);
            IngestSummary s = ingest.ingest(List.of(f));
            if (s.articlesStored() == 1) System.out.println("stored " + f.getFileName());
            else System.out.println("failed " + f.getFileName() + " " + s.describe());
            System.out.flush();
        }
    }
}
