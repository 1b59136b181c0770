package org.claimgraph.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of an exporting process: the target is never partial. It is either the previous content
 * or a complete export; a killed writer can only leave its hidden temporary file behind.
 */
class ExportKillIT {

    @TempDir Path dir;

    @Test
    void killedExportLeavesNoPartialTarget() throws Exception {
        Path storeDir = dir.resolve("store");
        long quads;
        try (ClaimStore store = ClaimStore.open(storeDir)) {
            for (int g = 0; g < 20; g++) {
                int gi = g;
                store.replaceArticle(ClaimGraphs.articleGraph("big-" + g + ".txt"), out -> {
                    for (int i = 0; i < 5000; i++)
                        out.triple(Triple.create(NodeFactory.createURI("http://example.org/s" + gi + "-" + i),
                                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("value " + i + " of " + gi)));
                });
            }
            quads = store.read(dsg -> dsg.stream().count());
        }
        Path target = Files.writeString(Files.createDirectories(dir.resolve("out")).resolve("export.nq"), "previous content\n");
        Random random = new Random(5);
        int sawComplete = 0;
        for (int k = 0; k < 6; k++) {
            try (Child child = Child.start(ExportLoopMain.class, storeDir.toString(), target.toString())) {
                assertNotNull(child.await("ready", 60_000), child.output().toString());
                if (k % 2 == 1) {
                    // after a first complete export, so the kill hits the replacement of a finished file
                    long t0 = System.nanoTime();
                    assertNotNull(child.await("exported 1", 60_000), child.output().toString());
                    Thread.sleep(random.nextInt((int) Math.max(1, (System.nanoTime() - t0) / 1_000_000)));
                } else {
                    Thread.sleep(random.nextInt(1500));
                }
                child.kill();
            }
            String head = Files.readString(target).lines().findFirst().orElse("");
            if (head.equals("previous content")) continue;
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.source(target).lang(Lang.NQUADS).parse(parsed);
            assertEquals(quads, parsed.stream().count(), "kill " + k + ": the target is partial");
            sawComplete++;
        }
        List<Path> left;
        try (Stream<Path> s = Files.list(target.getParent())) {
            left = s.filter(p -> !p.equals(target)).toList();
        }
        for (Path p : left) assertTrue(p.getFileName().toString().startsWith(".export.nq") && p.toString().endsWith(".tmp"), p.toString());
        System.out.printf("ExportKillIT: %d of 6 kills found a complete new export, %d hidden temp files left%n", sawComplete, left.size());
        assertTrue(sawComplete > 0, "no export completed: the kill points never tested a replaced file");
    }
}
