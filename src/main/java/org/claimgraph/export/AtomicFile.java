package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/**
 * Writes a file so that readers see the old content or the complete new one, never half: the data
 * goes to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    public static void write(Path target, Writer writer) {
        Path abs = target.toAbsolutePath();
        Path folder = abs.getParent();
        Location where = Location.of(target.toString());
        if (Files.isDirectory(abs)) throw new InputException("is a folder", where);
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, "." + abs.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new InputException("cannot write: " + e.getMessage(), where, e);
        } catch (RuntimeException e) {
            if (e instanceof ClaimgraphException) throw e;
            throw new ClaimgraphException("writing failed: " + e.getMessage(), where, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do; the temp file is hidden and named after the target
                }
            }
        }
    }
}
