package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.queries.catalog.QueryCatalog;

/** The benchmarks, so that they keep working; their speeds are not judged here. */
class BenchCommandIT {

    @TempDir
    Path dir;

    @Test
    void extractionRoundsArePutBesidePosTaggingAloneOnTheSamePapers() throws Exception {
        Path results = dir.resolve("results.md");
        CliRun r = CliRun.of("bench", "../examples/trending-papers.txt", "--threads", "1,2", "--rounds", "1",
                "--append", results.toString());

        assertEquals(0, r.code(), r.err());
        String md = Files.readString(results);
        assertTrue(md.contains("| threads | best papers/s | median papers/s | POS-only papers/s | ratio | CPU ratio | peak heap MB |"),
                md);
        for (String threads : List.of("1", "2")) {
            List<String> row = List.of(md.lines().filter(l -> l.startsWith("| " + threads + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + threads + " threads in:\n" + md)).split("\\|"));
            double median = Double.parseDouble(row.get(3).strip());
            double posOnly = Double.parseDouble(row.get(4).strip());
            double ratio = Double.parseDouble(row.get(5).strip());
            assertTrue(median > 0 && posOnly > 0 && Double.parseDouble(row.get(6).strip()) > 0, "all measured: " + row);
            // One round: the ratio is that round's, extraction over POS tagging alone (all three printed rounded).
            double rounding = 0.005 + ratio * (0.05 / median + 0.05 / posOnly) + 1e-9;
            assertEquals(median / posOnly, ratio, rounding, "the ratio is of these two: " + row);
            assertTrue(r.out().contains("threads " + threads + ": best "), r.out());
        }
    }

    @Test
    void aThousandPaperBuildIsMeasuredStepByStepWithEveryNamedQuery() throws Exception {
        Path results = dir.resolve("results.md");
        CliRun r = CliRun.of("bench", "../examples/trending-papers.txt", "--papers", "1000", "--query-rounds", "2",
                "--work", dir.resolve("work").toString(), "--append", results.toString());

        assertEquals(0, r.code(), r.err());
        String md = Files.readString(results);
        assertEquals(md, r.out(), "the appended block is what was printed");
        assertTrue(md.contains("\n| 1000 | "), "every paper was read and built: " + md);
        for (String query : QueryCatalog.standard().names()) {
            assertTrue(md.contains("\n| " + query + " | "), query + " missing in:\n" + md);
        }
        assertTrue(Files.exists(dir.resolve("work/data/tdb2")), "--work keeps the built data directory");
        List<String> row = List.of(md.lines().filter(l -> l.startsWith("| 1000 |")).findFirst().orElseThrow().split("\\|"));
        assertTrue(Integer.parseInt(row.get(2).strip()) > 1000, "concepts keep growing with the corpus: " + row);
        assertTrue(Double.parseDouble(row.get(11).strip()) > 0, "TDB2's bulk loader timed on the same quads: " + row);
        assertTrue(Double.parseDouble(row.get(13).strip()) > 0, "neo4j-admin import timed on the same rows: " + row);
        assertTrue(Double.parseDouble(row.get(14).strip()) > 0, "the Neo4j load as a share of the import: " + row);
        long rss = Long.parseLong(row.get(15).strip());
        long anon = Long.parseLong(row.get(16).strip());
        assertTrue(anon > 0 && anon <= rss, "anonymous memory is part of the resident memory: " + row);
        assertTrue(row.get(17).strip().matches("100: \\d+ s"), "only the 100 papers added are extracted: " + row);
        assertTrue(row.get(18).strip().matches("100: \\d+ s"), "100 papers removed: " + row);
    }
}
