package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.papergraph.extractor.Extraction;
import org.papergraph.extractor.ExtractionWriter;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.scoring.Evaluation;
import org.papergraph.scoring.Jsonl;
import org.papergraph.scoring.PaperPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Score extraction against a hand-annotated gold file.",
        description = {"Extracts concepts from PAPERS.jsonl and scores them as ../shared/eval/score.py does: "
                + "precision, recall and F1, exact and lenient, typed and untyped, for Method, Model, Dataset and "
                + "Benchmark together and for Task and Metric; then role accuracy and the quality of paper links; "
                + "then, given their gold, the result rows as ../shared/eval/results/score_results.py scores them "
                + "(value-level, full-row and leaderboard-row precision, recall and F1).",
                "Example: papergraph eval --gold gold.jsonl papers.jsonl"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "GOLD.jsonl", required = true,
            description = "Gold concepts, one JSON object a paper, joined to the papers by id.")
    Path gold;

    @Option(names = "--results-gold", paramLabel = "RESULTS.jsonl",
            description = "Gold result rows, one JSON object a paper. By default the file the shared layout puts "
                    + "beside the concept gold: for DIR/NAME/gold.jsonl, DIR/results/NAME.jsonl, if it exists.")
    Path resultsGold;

    @Option(names = "--no-results", description = "Score concepts only, even when result-row gold is found.")
    boolean noResults;

    @Parameters(paramLabel = "PAPERS.jsonl", description = "The annotated papers (JSON Lines with id, title, abstract).")
    Path papers;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for CoreNLP (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Extraction.Result r = Extraction.create().inputs(List.of(papers.toString())).threads(threads).run();
        Set<PaperPair> links = ConceptLinks.of(r.papers()).stream().map(l -> new PaperPair(l.a(), l.b()))
                .collect(Collectors.toSet());
        Path rows = noResults ? null : resultsGold != null ? resultsGold : Evaluation.resultsGoldBeside(gold);
        Evaluation.Result scores = Evaluation.score(gold, papers,
                Jsonl.parse(ExtractionWriter.toJsonl(r.papers()), "extraction"), links, rows);
        if (json) {
            out.println("{\"core\":" + scores.core().toJson() + ",\"task_metric\":" + scores.taskMetric().toJson()
                    + (rows == null ? "" : ",\"results\":" + scores.results().toJson()) + "}");
        } else {
            out.println("Method, Model, Dataset, Benchmark:");
            out.print(scores.core().format());
            out.println();
            out.println("Task, Metric:");
            out.print(scores.taskMetric().format());
            if (rows != null) {
                out.println();
                out.println("Result rows (" + rows + "):");
                out.print(scores.results().format());
            }
        }
        out.flush();
        return 0;
    }
}
