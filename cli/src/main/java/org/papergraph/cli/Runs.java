package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.papergraph.extractor.Extraction;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.graph.load.GraphLoader;
import org.papergraph.graph.load.GraphSync;
import org.papergraph.queries.build.GraphBuild;

/** The steps commands share: reading and extraction with a progress bar, and the summary lines. */
final class Runs {

    private Runs() {
    }

    static Extraction.Result extract(InputOptions input, PrintWriter err) {
        ConsoleListener console = new ConsoleListener(err);
        try {
            return Extraction.create()
                    .inputs(input.inputs)
                    .format(input.format)
                    .threads(input.threads)
                    .onProblem(console::warning)
                    .progress(console::stepProgress)
                    .run(total -> console.stepStarted("extract", total));
        } finally {
            console.stepEnded();
        }
    }

    static void printExtractionSummary(PrintWriter err, Extraction.Result r) {
        int papers = r.read().papers().size();
        err.printf("papers:   %d read, %d skipped, %d duplicates merged%n", papers, r.read().skipped(),
                r.read().duplicates());
        printFormats(err, r.read().formats());
        long rows = r.papers().stream().mapToLong(p -> p.results().size()).sum();
        long withRows = r.papers().stream().filter(p -> !p.results().isEmpty()).count();
        printConcepts(err, r.distinctConcepts(), r.conceptsByType(), r.mentions(),
                String.format("results:  %d rows in %d papers%n", rows, withRows), papers, r.seconds());
    }

    /** A build's summary: papers the store held as they were read are not extracted again, and not counted below. */
    static void printExtractionSummary(PrintWriter err, Extraction.Summary r) {
        err.printf("papers:   %d read, %d skipped, %d duplicates merged, %d unchanged (not extracted again)%n",
                r.read(), r.skipped(), r.duplicates(), r.unchanged());
        printFormats(err, r.formats());
        printConcepts(err, r.distinctConcepts(), r.conceptsByType(), r.mentions(), "", r.extracted(), r.seconds());
    }

    /** The files read in each detected format: {@code formats: 3 files (pdf 2, bibtex 1)}. */
    private static void printFormats(PrintWriter err, Map<String, Integer> formats) {
        int files = formats.values().stream().mapToInt(Integer::intValue).sum();
        err.printf("formats:  %d %s (%s)%n", files, files == 1 ? "file" : "files", formats.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    /** @param more lines to print before the time, or "" */
    private static void printConcepts(PrintWriter err, long concepts, Map<ConceptType, Integer> byType, long mentions,
                                      String more, int extracted, double seconds) {
        err.printf("concepts: %d (%s)%n", concepts, byType(byType));
        err.printf("mentions: %d%n", mentions);
        err.print(more);
        err.printf("time:     %.1f s, %.1f papers/s%n", seconds, extracted / Math.max(seconds, 1e-9));
        err.flush();
    }

    static void printNeo4jCounts(PrintWriter err, GraphSync.Result sync, String neo4jName) {
        GraphLoader.Counts counts = sync.counts();
        err.printf("neo4j:    %d papers, %d concepts, %d relations, %d SHARES_CONCEPT links, %d results (%s)%n",
                counts.papers(), counts.concepts(), counts.relations(), counts.links(), counts.results(), neo4jName);
        err.printf("loaded:   %s%n", sync.incremental()
                ? sync.papersWritten() + " papers changed, " + sync.papersRanked() + " papers ranked their links again"
                : "every paper (a first load, or Neo4j did not hold the store's last revision)");
    }

    /** The export files written, or why there are none. */
    static void printFiles(PrintWriter err, List<Path> files, boolean skipped) {
        err.printf("files:    %s%n", skipped
                ? "none (over " + GraphBuild.EXPORT_MAX_PAPERS + " papers; --export FORMAT,... writes them)"
                : files.isEmpty() ? "none" : files.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }

    static String byType(Map<ConceptType, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
