package org.papergraph.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Scores an extraction against a gold file as {@code papergraph eval} reports it: the core types together,
 * Task and Metric together, and the paper links the graph would make from it.
 */
public final class Evaluation {

    /** The scores of one extraction. */
    public record Result(ScoreReport core, ScoreReport taskMetric) {
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
        List<JsonNode> goldRows = Jsonl.read(gold);
        List<JsonNode> papers = Jsonl.read(papersFile);
        ScoreReport core = new Scorer().score(goldRows, predictions, papers, links);
        ScoreReport taskMetric = new Scorer(TASK_METRIC).score(goldRows, predictions, papers, links);
        return new Result(core, taskMetric);
    }
}
