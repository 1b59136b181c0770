package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disk full during commits, on a small tmpfs (needs root to mount; skipped otherwise): the failing
 * transaction aborts with an error, the store stays readable, writing resumes once space is freed,
 * and every acknowledged graph is complete afterwards.
 */
class DiskFullIT {

    @TempDir Path dir;

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @Test
    void fullDiskAbortsTheCommitAndIngestResumesAfterSpaceIsFreed() throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("mnt"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + Integer.getInteger("reliability.tmpfs.mb", 32) + "m",
                "tmpfs", mnt.toString()) == 0, "cannot mount a tmpfs here (not root?)");
        try {
            Path storeDir = mnt.resolve("store");
            Set<String> acknowledged = new HashSet<>();
            try (Child child = Child.start(DiskFillMain.class, storeDir.toString())) {
                assertNotNull(child.await("ready", 60_000), child.output().toString());
                String error = child.await("error", 120_000);
                assertNotNull(error, "no error reported: " + child.output());
                assertTrue(child.process.isAlive(), "the process died: " + child.output());
                String readable = child.await("readable", 30_000);
                assertNotNull(readable, "store not readable after the failed commit: " + child.output());
                for (String l : child.output()) if (l.startsWith("stored ")) acknowledged.add(l.substring(7));
                assertFalse(acknowledged.isEmpty());
                assertTrue(error.contains("StoreException") && error.contains("disk is probably full"), error);
                // free space: grow the file system
                assertEquals(0, run("mount", "-o", "remount,size=256m", mnt.toString()));
                child.process.getOutputStream().write("freed\n".getBytes(StandardCharsets.UTF_8));
                child.process.getOutputStream().flush();
                String resumed = child.await("resumed", 60_000);
                assertNotNull(resumed, "ingest did not resume: " + child.output());
                acknowledged.add(resumed.substring(8));
                assertNotNull(child.await("closed", 30_000), child.output().toString());
                System.out.println("DiskFullIT: " + error + "; " + readable + "; " + acknowledged.size() + " graphs acknowledged");
            }
            try (ClaimStore store = ClaimStore.open(storeDir)) {
                for (String g : acknowledged)
                    assertEquals(256, Corpus.count(store, ClaimGraphs.articleGraph("fill-" + g + ".txt")), "graph " + g);
            }
        } finally {
            run("umount", "-l", mnt.toString());
        }
    }
}
