package org.papergraph.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.papergraph.extractor.ExtractionWriter;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.extractor.model.PaperConcepts;

/**
 * Scores an extraction against a gold file: the core types together, Task and Metric together, and
 * the paper links the graph would make from it.
 */
public final class Evaluation {

    /** The scores of one extraction. */
    public record Result(ScoreReport core, ScoreReport taskMetric) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluation() {
    }

    public static Result score(Path gold, Path papersFile, List<PaperConcepts> extracted) throws IOException {
        List<JsonNode> goldRows = Jsonl.read(gold);
        List<JsonNode> papers = Jsonl.read(papersFile);
        List<JsonNode> predictions = asJson(extracted);
        Set<PaperPair> links = ConceptLinks.of(extracted).stream().map(l -> new PaperPair(l.a(), l.b()))
                .collect(Collectors.toSet());
        ScoreReport core = new Scorer().score(goldRows, predictions, papers, links);
        ScoreReport taskMetric = new Scorer(List.of("Task", "Metric"))
                .score(goldRows, predictions, papers, links);
        return new Result(core, taskMetric);
    }

    /** The predictions exactly as {@code papergraph extract} writes them. */
    private static List<JsonNode> asJson(List<PaperConcepts> extracted) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ExtractionWriter w = new ExtractionWriter(buf)) {
            extracted.forEach(w::write);
        }
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
