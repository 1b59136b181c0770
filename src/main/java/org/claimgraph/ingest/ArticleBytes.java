package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/** Reads a file's bytes under the size cap: never more than {@code maxBytes + 1} bytes are held. */
final class ArticleBytes {

    private ArticleBytes() {}

    static String sourceName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static byte[] read(Path file, InputLimits limits) {
        String source = sourceName(file);
        Location where = Location.of(source);
        try {
            if (!Files.isRegularFile(file)) {
                if (!Files.exists(file)) throw new InputException("file not found", where);
                throw new InputException("not a regular file", where);
            }
            // The size check comes first so an oversized file is never read at all.
            long size = Files.size(file);
            if (size > limits.maxBytes()) throw tooLarge(size, limits, where);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // The file may have grown since size(); bounded read keeps the promise anyway.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
            if (bytes.length > limits.maxBytes()) throw tooLarge(bytes.length, limits, where);
            if (bytes.length == 0) throw new InputException("empty file", where);
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputException("file not found", where, e);
        } catch (IOException e) {
            throw new InputException("cannot read file: " + e.getMessage(), where, e);
        }
    }

    private static InputException tooLarge(long size, InputLimits limits, Location where) {
        return new InputException("file too large: " + size + " bytes exceeds the limit of "
                + limits.maxBytes() + " bytes", where);
    }
}
