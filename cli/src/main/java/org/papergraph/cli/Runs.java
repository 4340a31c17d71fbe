package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.papergraph.extractor.Extraction;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.graph.load.GraphLoader;

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
        err.printf("concepts: %d (%s)%n", r.distinctConcepts(), byType(r.conceptsByType()));
        err.printf("mentions: %d%n", r.mentions());
        err.printf("time:     %.1f s, %.1f papers/s%n", r.seconds(), papers / Math.max(r.seconds(), 1e-9));
        err.flush();
    }

    static void printNeo4jCounts(PrintWriter err, GraphLoader.Counts counts, String neo4jName) {
        err.printf("neo4j:    %d papers, %d concepts, %d relations, %d SHARES_CONCEPT links (%s)%n", counts.papers(),
                counts.concepts(), counts.relations(), counts.links(), neo4jName);
    }

    static String byType(Map<ConceptType, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
