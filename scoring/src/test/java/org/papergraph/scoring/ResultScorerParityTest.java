package org.papergraph.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java result-row scorer against score_results.py itself: predictions made from the dev-set result gold with
 * systematic perturbations are written to files, and both score the same files; every figure and the text must agree.
 */
class ResultScorerParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("absolute", "gain", "reduction", "ratio");

    private static Path script;
    /** Why score_results.py cannot run here, or null when it can. */
    private static String missing;
    private static Path goldFile;
    private static List<JsonNode> gold;

    @TempDir
    Path dir;

    @BeforeAll
    static void locateScript() throws IOException, InterruptedException, URISyntaxException {
        Path relative = Path.of("shared", "eval", "results", "score_results.py");
        script = PythonScripts.find(relative);
        missing = PythonScripts.whyNot(script, relative);
        goldFile = Path.of(ResultScorerParityTest.class.getResource("/devset/results.jsonl").toURI());
        gold = Jsonl.read(goldFile);
    }

    /** Each case is skipped, not the class: a class skipped as a whole is reported as no tests at all. */
    @BeforeEach
    void needScript() {
        assumeTrue(missing == null, missing);
    }

    static List<String> perturbations() {
        return List.copyOf(PERTURBATIONS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perturbations")
    void agreesWithScoreResultsPy(String perturbation) throws IOException, InterruptedException {
        Path predictions = dir.resolve(perturbation + ".jsonl");
        StringBuilder lines = new StringBuilder();
        for (ObjectNode record : PERTURBATIONS.get(perturbation).apply(goldAsPredictions())) {
            lines.append(JSON.writeValueAsString(record)).append('\n');
        }
        Files.writeString(predictions, lines, StandardCharsets.UTF_8);

        ResultScoreReport report = ResultScorer.score(gold, Jsonl.read(predictions));

        JsonNode expected = JSON.readTree(run(predictions, true));
        JsonNode actual = JSON.readTree(report.toJson());
        for (String variant : List.of("value", "full", "leaderboard")) {
            for (String figure : List.of("p", "r", "f1", "gold", "pred")) {
                assertEquals(expected.get(variant).get(figure).doubleValue(), actual.get(variant).get(figure).doubleValue(),
                        1e-9, perturbation + " " + variant + " " + figure);
            }
        }
        assertEquals(run(predictions, false).strip(), report.format().strip(), perturbation + " text");
    }

    /** Each perturbation turns the gold, as prediction records, into the predictions to score. */
    private static final Map<String, UnaryOperator<List<ObjectNode>>> PERTURBATIONS = new LinkedHashMap<>();

    static {
        PERTURBATIONS.put("identical", records -> records);
        PERTURBATIONS.put("drop-every-third", records -> eachRow(records, (row, n) -> n % 3 == 2 ? null : row));
        PERTURBATIONS.put("kinds-shifted", records -> eachRow(records, (row, n) -> n % 2 == 0 ? row
                : row.put("kind", KINDS.get((KINDS.indexOf(row.path("kind").asText()) + 1) % KINDS.size()))));
        PERTURBATIONS.put("benchmark-objects", records -> eachRow(records, (row, n) -> {
            String b = row.path("benchmark").asText();
            ObjectNode object = row.putObject("benchmark");
            if (n % 3 == 0) {
                object.put("name", b);
            } else if (n % 3 == 1) {
                object.put("name", "").put("id", b.toLowerCase());
            } else {
                object.put("id", "");
            }
            return row;
        }));
        PERTURBATIONS.put("parts-shortened-and-padded", records -> eachRow(records, (row, n) -> {
            String m = row.path("metric").asText();
            row.put("metric", n % 2 == 0 ? m.toUpperCase().replace(" ", "-") : m.isEmpty() ? "" : m.substring(0, m.length() / 2));
            row.put("benchmark", n % 3 == 0 ? "the " + row.path("benchmark").asText() + " test set" : "");
            return row;
        }));
        PERTURBATIONS.put("values-rewritten", records -> eachRow(records, (row, n) -> {
            String v = row.path("value").asText();
            return switch (n % 5) {
                case 0 -> row.put("value", " " + v + "0 ");
                case 1 -> row.put("value", Double.parseDouble(v));
                case 2 -> row.put("value", "+" + v);
                case 3 -> row.put("value", v + "%");
                default -> row.put("value", "1," + v);
            };
        }));
        PERTURBATIONS.put("extra-rows", records -> {
            int n = 0;
            for (ObjectNode record : records) {
                ArrayNode rows = (ArrayNode) record.get("results");
                if (!rows.isEmpty()) {
                    rows.add(rows.get(0).deepCopy());
                }
                rows.addObject().put("value", "7").put("kind", "absolute").put("benchmark", "Made-up " + n++);
                rows.addObject().put("value", "2024").put("kind", "gain").put("metric", "accuracy");
            }
            return records;
        });
        PERTURBATIONS.put("reversed-and-missing", records -> {
            List<ObjectNode> out = new ArrayList<>();
            for (int i = records.size() - 1; i >= 0; i--) {
                ObjectNode record = records.get(i);
                if (i % 4 == 1) {
                    record.remove("results");
                } else if (i % 4 == 2) {
                    record.putNull("results");
                }
                out.add(record);
            }
            out.add(JSON.createObjectNode().put("id", "not-a-paper"));
            return out;
        });
        PERTURBATIONS.put("no-predictions", records -> List.of());
    }

    /** The gold records as extract writes results: every field of each row, nothing else. */
    private static List<ObjectNode> goldAsPredictions() {
        List<ObjectNode> records = new ArrayList<>();
        for (JsonNode paper : gold) {
            records.add(((ObjectNode) paper.deepCopy()).put("title", "ignored"));
        }
        return records;
    }

    private static List<ObjectNode> eachRow(List<ObjectNode> records, PythonScripts.Edit edit) {
        return PythonScripts.eachElement(records, "results", edit);
    }

    private String run(Path predictions, boolean json) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(goldFile.toString(), predictions.toString()));
        if (json) {
            args.add("--json");
        }
        return PythonScripts.run(script, args, dir.resolve("score-results.err"));
    }
}
