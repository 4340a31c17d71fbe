package org.papergraph.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Scores an extraction against a gold file as {@code papergraph eval} reports it: the core types together,
 * Task and Metric together, the paper links the graph would make from it, and, given their gold, the result rows.
 */
public final class Evaluation {

    /** The scores of one extraction; {@code results} is null when no result-row gold was given. */
    public record Result(ScoreReport core, ScoreReport taskMetric, ResultScoreReport results) {
    }

    /** The types scored apart from score.py's default ones. */
    public static final List<String> TASK_METRIC = List.of("Task", "Metric");

    private Evaluation() {
    }

    /**
     * @param gold        the gold concepts, one record a paper
     * @param papersFile  the annotated papers (id and title), which predictions are joined to
     * @param predictions the extraction as {@code papergraph extract} writes it
     * @param links       the pairs of papers the graph would link through the extraction's concepts
     */
    public static Result score(Path gold, Path papersFile, List<JsonNode> predictions, Set<PaperPair> links)
            throws IOException {
        return score(gold, papersFile, predictions, links, null);
    }

    /**
     * @param resultsGold the gold result rows, one record a paper (as {@code score_results.py} reads them), or null to
     *                    score concepts only
     */
    public static Result score(Path gold, Path papersFile, List<JsonNode> predictions, Set<PaperPair> links,
                               Path resultsGold) throws IOException {
        List<JsonNode> goldRows = Jsonl.read(gold);
        List<JsonNode> papers = Jsonl.read(papersFile);
        ScoreReport core = new Scorer().score(goldRows, predictions, papers, links);
        ScoreReport taskMetric = new Scorer(TASK_METRIC).score(goldRows, predictions, papers, links);
        ResultScoreReport results = resultsGold == null ? null : ResultScorer.score(Jsonl.read(resultsGold), predictions);
        return new Result(core, taskMetric, results);
    }

    /**
     * Where the result-row gold of a concept gold file lies, by the layout of {@code shared/eval}: for
     * {@code DIR/NAME/gold.jsonl}, {@code DIR/results/NAME.jsonl}; null when there is no such file.
     */
    public static Path resultsGoldBeside(Path gold) {
        Path set = gold.toAbsolutePath().getParent();
        if (set == null || set.getParent() == null) {
            return null;
        }
        Path results = set.getParent().resolve("results").resolve(set.getFileName() + ".jsonl");
        return java.nio.file.Files.isRegularFile(results) ? results : null;
    }
}
