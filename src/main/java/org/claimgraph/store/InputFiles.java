package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.claimgraph.InputException;
import org.claimgraph.Location;

/** Expands the paths a user names into the article files to read: recursive, sorted, by extension. */
public final class InputFiles {

    public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm");

    private InputFiles() {}

    /**
     * Files are taken as given (whatever their extension); folders are walked and yield the files
     * with an article extension, in sorted order so that runs are reproducible.
     *
     * @throws InputException when a path does not exist
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) files.addAll(walk(p));
            else if (Files.exists(p)) files.add(p);
            else throw new InputException("no such file or folder", Location.of(p.toString()));
        }
        return files;
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(InputFiles::isArticleFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot list folder: " + e.getMessage(), Location.of(folder.toString()), e);
        }
    }

    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
