package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} as a user types it: over a built graph it writes the page; without a graph it says so. */
class ReportCommandIT {

    @TempDir
    Path dir;

    @Test
    void writesTheReportOfABuiltGraphWithinItsLimits() throws Exception {
        Path input = ExamplePapers.first(12, dir.resolve("papers.txt"));
        String data = dir.resolve("data").toString();
        assertEquals(0, CliRun.of("build", input.toString(), "--data", data).code());
        Path page = dir.resolve("out/report.html");
        Files.createDirectories(page.getParent());

        CliRun run = CliRun.of("report", "--data", data, "-o", page.toString(), "--graph-concepts", "5",
                "--graph-papers", "4", "--paper-pages", "6");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("report:   " + page + " ("), run.out());
        assertTrue(run.out().contains("graph:    5 of "), run.out());
        assertTrue(run.out().contains(" concepts, 4 of 12 papers"), run.out());
        assertTrue(run.out().contains("pages:    6 of 12 papers"), run.out());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("id=\"report-data\""), "the page with its data");
        assertFalse(Files.exists(dir.resolve("out/report.html.tmp")), "no partial file left");

        CliRun nowhere = CliRun.of("report", "--data", data, "-o", dir.resolve("no/such/dir/report.html").toString());
        assertEquals(1, nowhere.code());
        assertEquals("papergraph: cannot write " + dir.resolve("no/such/dir/report.html") + ": no directory "
                + dir.resolve("no/such/dir"), nowhere.err().strip());
    }

    @Test
    void aDirectoryWithoutAGraphFailsClearlyAndWritesNothing() {
        Path empty = dir.resolve("nothing-built");
        Path page = dir.resolve("report.html");

        CliRun run = CliRun.of("report", "--data", empty.toString(), "-o", page.toString());

        assertEquals(1, run.code());
        assertEquals("papergraph: no graph in " + empty + ": run 'papergraph build' first", run.err().strip());
        assertFalse(Files.exists(page));
        assertFalse(Files.exists(empty), "no store is made where none was");
    }
}
