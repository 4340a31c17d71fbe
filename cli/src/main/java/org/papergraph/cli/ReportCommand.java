package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.papergraph.queries.report.GraphReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Write the graph as one HTML page: an interactive graph, charts, a page per paper and per concept, "
                + "leaderboards.",
        description = {"Reads the RDF store 'build' wrote and writes a self-contained HTML file that opens from disk "
                + "with no network: a graph of papers and concepts coloured by type, with filters by type and role and "
                + "a search by name or alias; charts of the most named concepts per type, of concepts by number of "
                + "papers and of papers per year; a page per paper with its mentions highlighted, a page per "
                + "concept listing its papers by role, and a leaderboard page per benchmark that results are reported "
                + "on.",
                "The limits keep the page quick on a large store; the page says how much of the store it shows.",
                "Example: papergraph report --data papergraph-data -o report.html"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "papergraph-data",
            description = "The data directory 'build' wrote. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "report.html",
            description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--graph-concepts", paramLabel = "N", description = "Concepts in the graph: those most papers "
            + "name (default: ${DEFAULT-VALUE}).")
    int graphConcepts = GraphReport.Limits.DEFAULT.graphConcepts();

    @Option(names = "--graph-papers", paramLabel = "N", description = "Papers in the graph: those naming the most of "
            + "its concepts (default: ${DEFAULT-VALUE}).")
    int graphPapers = GraphReport.Limits.DEFAULT.graphPapers();

    @Option(names = "--paper-pages", paramLabel = "N", description = "Papers with a page, the graph's first "
            + "(default: ${DEFAULT-VALUE}).")
    int paperPages = GraphReport.Limits.DEFAULT.paperPages();

    @Option(names = "--concept-pages", paramLabel = "N", description = "Concepts with a page: those most papers "
            + "name, besides every one the other pages refer to (default: ${DEFAULT-VALUE}).")
    int conceptPages = GraphReport.Limits.DEFAULT.conceptPages();

    @Option(names = "--papers-per-role", paramLabel = "N", description = "Papers a concept page lists in each role "
            + "(default: ${DEFAULT-VALUE}).")
    int papersPerRole = GraphReport.Limits.DEFAULT.papersPerRole();

    @Option(names = "--leaderboard-rows", paramLabel = "N", description = "Results a benchmark's leaderboard page "
            + "lists: its best (default: ${DEFAULT-VALUE}).")
    int leaderboardRows = GraphReport.Limits.DEFAULT.leaderboardRows();

    @Override
    public Integer call() throws IOException {
        GraphReport.Result r = GraphReport.create()
                .data(data)
                .limits(new GraphReport.Limits(graphConcepts, graphPapers, paperPages, conceptPages, papersPerRole,
                        leaderboardRows))
                .write(output);
        GraphReport.Shown s = r.shown();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("report:   %s (%.1f MB) in %.1f s%n", r.file(), r.bytes() / 1e6, r.took().toMillis() / 1000.0);
        out.printf("graph:    %d of %d concepts, %d of %d papers%n", s.graphConcepts(), s.concepts(), s.graphPapers(),
                s.papers());
        out.printf("pages:    %d of %d papers, %d of %d concepts, %d leaderboards%n", s.paperPages(), s.papers(),
                s.conceptPages(), s.concepts(), s.leaderboards());
        out.flush();
        return 0;
    }
}
