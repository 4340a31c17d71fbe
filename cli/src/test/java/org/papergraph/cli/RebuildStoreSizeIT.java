package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilding the same input again and again keeps the stores at the size of the first build: real CoreNLP, TDB2
 * on disk and the in-process Neo4j, through the {@code build} command.
 */
class RebuildStoreSizeIT {

    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    @Test
    void fiveRebuildsKeepTheRdfStoreAndNeo4jWithinTenPercentOfTheFirstBuild() throws IOException {
        Path input = ExamplePapers.first(5, dir.resolve("papers.txt"));
        Path data = dir.resolve("data");

        build(input, data);
        long rdf = usedBytes(data.resolve("tdb2"));
        long neo4j = usedBytes(data.resolve("neo4j/data"));
        for (int i = 2; i <= 6; i++) {
            build(input, data);
            long rdfNow = usedBytes(data.resolve("tdb2"));
            long neo4jNow = usedBytes(data.resolve("neo4j/data"));
            assertTrue(rdfNow <= rdf * 1.1, "RDF store after build " + i + ": " + rdfNow + " bytes, first " + rdf);
            assertTrue(neo4jNow <= neo4j * 1.1, "Neo4j data after build " + i + ": " + neo4jNow + " bytes, first " + neo4j);
        }
    }

    private static void build(Path input, Path data) {
        CliRun r = CliRun.of("build", input.toString(), "--data", data.toString());
        assertEquals(0, r.code(), r.err());
    }

    /**
     * Bytes in the 4 KiB pages of the files under a directory that hold anything but zeros. TDB2's index files are
     * sparse and their length grows in 8 MB steps, so file lengths hide what TDB2 wrote; the pages written do not.
     */
    private static long usedBytes(Path directory) throws IOException {
        long used = 0;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                used += PAGE * nonZeroPages(file);
            }
        }
        return used;
    }

    private static long nonZeroPages(Path file) throws IOException {
        long pages = 0;
        byte[] page = new byte[PAGE];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(page, 0, PAGE)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (page[i] != 0) {
                        pages++;
                        break;
                    }
                }
            }
        }
        return pages;
    }
}
