package org.claimgraph.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.claimgraph.store.ClaimGraphs;
import org.claimgraph.store.ClaimStore;

/**
 * Child process for the disk-full test: writes article graphs of about 256 KB each until a commit
 * fails, reports the error and whether the store is still readable, then waits for the parent to
 * free space ("freed" on stdin) and writes one more graph. Usage: DiskFillMain STORE
 */
public final class DiskFillMain {

    private DiskFillMain() {}

    public static void main(String[] args) throws Exception {
        ClaimStore store = ClaimStore.open(Path.of(args[0]));
        System.out.println("ready");
        int g = 0;
        for (; g < 10_000; g++) {
            try {
                write(store, g);
                System.out.println("stored " + g);
            } catch (Throwable e) {
                System.out.println("error " + e.getClass().getName() + ": " + e.getMessage());
                break;
            }
        }
        try {
            System.out.println("readable " + store.graphNames().size());
        } catch (Throwable e) {
            System.out.println("unreadable " + e);
        }
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if ("freed".equals(in.readLine())) {
            try {
                write(store, g);
                System.out.println("resumed " + g);
            } catch (Throwable e) {
                System.out.println("still failing " + e);
            }
        }
        store.close();
        System.out.println("closed");
    }

    static void write(ClaimStore store, int g) {
        String pad = "x".repeat(1000);
        store.replaceArticle(ClaimGraphs.articleGraph("fill-" + g + ".txt"), out -> {
            for (int i = 0; i < 256; i++)
                out.triple(Triple.create(NodeFactory.createURI("http://example.org/g" + g + "/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(g + " " + i + " " + pad)));
        });
    }
}
