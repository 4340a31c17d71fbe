package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} and the export files of {@code build} end to end, on a graph of the first papers of the example
 * corpus: where files go by default, the build's choice of formats, standard output, and the messages for an unknown
 * format or a directory holding no graph.
 */
class ExportCommandIT {

    @TempDir
    static Path dir;
    static Path data;
    static CliRun build;
    static List<String> built;

    @BeforeAll
    static void buildWithOneExport() throws IOException {
        Path input = ExamplePapers.first(4, dir.resolve("papers.txt"));
        data = dir.resolve("data");
        build = CliRun.of("build", input.toString(), "--data", data.toString(), "--export", "gexf");
        try (Stream<Path> files = Files.list(data.resolve("export"))) {
            built = files.map(f -> f.getFileName().toString()).toList();
        }
    }

    @Test
    void buildWritesTheFormatsAskedForAndNoOthers() {
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().contains("files:    " + data.resolve("export/graph.gexf") + "\n"), build.err());
        assertEquals(List.of("graph.gexf"), built);
    }

    @Test
    void exportWritesTheFormatToItsDefaultPlace() throws IOException {
        CliRun r = CliRun.of("export", "--data", data.toString(), "--format", "trig");
        assertEquals(0, r.code(), r.err());
        Path trig = data.resolve("export/graph.trig");
        assertTrue(r.err().matches("(?s)export: +trig, \\d+ quads, to " + Pattern.quote(trig.toString()) + " \\(.*"),
                r.err());
        assertTrue(Files.readString(trig).contains("PREFIX pg:"));

        Path elsewhere = dir.resolve("elsewhere/papers.graphml");
        CliRun graphml = CliRun.of("export", "--data", data.toString(), "-f", "GraphML", "-o", elsewhere.toString());
        assertEquals(0, graphml.code(), graphml.err());
        assertTrue(Files.readString(elsewhere).contains("<graphml"), "any case, any path");
    }

    @Test
    void exportToStandardOutputWritesOnlyTheFile() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliRun r;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            r = CliRun.of("export", "--data", data.toString(), "--format", "cypher", "-o", "-");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, r.code(), r.err());
        String script = captured.toString(StandardCharsets.UTF_8);
        assertTrue(script.startsWith("// papergraph's graph as Cypher"), script);
        assertTrue(script.contains("\n:param rows => [{"), script);
        assertTrue(r.err().contains("to standard output"), r.err());
        assertFalse(Files.exists(data.resolve("export/graph.cypher")));
    }

    @Test
    void anUnknownFormatIsBadUsageNamingTheFormats() {
        CliRun r = CliRun.of("export", "--data", data.toString(), "--format", "dot");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown export format 'dot'; the formats are turtle, ntriples, nquads, trig, "
                + "jsonld, rdfxml, graphml, gexf, neo4j-csv, cypher"), r.err());

        CliRun both = CliRun.of("build", "x.txt", "--data", data.toString(), "--export", "trig", "--no-exports");
        assertEquals(2, both.code(), "--export and --no-exports exclude each other");

        CliRun csv = CliRun.of("export", "--data", data.toString(), "--format", "neo4j-csv", "-o", "-");
        assertEquals(2, csv.code());
        assertTrue(csv.err().contains("neo4j-csv is a directory of files"), csv.err());
    }

    @Test
    void aDirectoryWithoutAGraphIsNamed() {
        Path none = dir.resolve("none");
        for (String format : List.of("trig", "gexf")) {
            CliRun r = CliRun.of("export", "--data", none.toString(), "--format", format);
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("no graph in " + none), r.err());
            assertFalse(Files.exists(none), "nothing is created");
        }
    }
}
