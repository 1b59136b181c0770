package org.claimgraph.reliability;

import java.nio.file.Path;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.Exporter;
import org.claimgraph.store.ClaimStore;

/** Child process for the export kill test: exports the store to one file again and again. Usage: ExportLoopMain STORE TARGET */
public final class ExportLoopMain {

    private ExportLoopMain() {}

    public static void main(String[] args) {
        ClaimStore store = ClaimStore.open(Path.of(args[0]));
        Exporter exporter = new Exporter(store);
        System.out.println("ready");
        System.out.flush();
        for (int n = 1; ; n++) {
            exporter.export(ExportFormat.NQUADS, null, Path.of(args[1]));
            System.out.println("exported " + n);
            System.out.flush();
        }
    }
}
