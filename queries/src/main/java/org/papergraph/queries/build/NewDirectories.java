package org.papergraph.queries.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import java.util.stream.Stream;

/**
 * The directories a command is about to create, noted before it starts, so that when it fails it can remove them
 * and leave the disk as it found it. Directories that existed are never touched.
 */
final class NewDirectories {

    private final List<Path> absent;

    private NewDirectories(List<Path> absent) {
        this.absent = absent;
    }

    /** Notes which of the directories do not exist yet. */
    static NewDirectories before(Path... directories) {
        return new NewDirectories(Stream.of(directories).filter(d -> !Files.exists(d)).toList());
    }

    /** Deletes each noted directory that exists now, with everything in it. */
    void remove() throws IOException {
        for (Path directory : absent) {
            if (Files.exists(directory)) {
                PathUtils.deleteDirectory(directory);
            }
        }
    }
}
