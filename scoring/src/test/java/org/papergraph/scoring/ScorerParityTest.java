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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.scoring.ScoreReport.Variant;

/**
 * The Java scorer against score.py itself: predictions made from the dev gold with systematic
 * perturbations are scored by both, and every figure must agree to the third decimal.
 */
class ScorerParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** No {@code --types}: score.py and Scorer each fall back on their default. */
    private static final String DEFAULT_TYPES = "";
    /** The concept types of the annotation guidelines, in the order the gold's types are shifted through. */
    private static final List<String> TYPES = List.of("Method", "Model", "Dataset", "Benchmark", "Task", "Metric");

    private static Path scoreScript;
    /** Why score.py cannot run here, or null when it can. */
    private static String scorePyMissing;
    private static Path goldFile;
    private static Path papersFile;
    private static List<JsonNode> gold;
    private static List<JsonNode> papers;

    @TempDir
    Path dir;

    @BeforeAll
    static void locateScorePy() throws IOException, InterruptedException, URISyntaxException {
        // The tests run in the module directory; score.py lives beside the repository (or above a worktree).
        Path relative = Path.of("shared", "eval", "score.py");
        scoreScript = PythonScripts.find(relative);
        scorePyMissing = PythonScripts.whyNot(scoreScript, relative);
        goldFile = Path.of(ScorerParityTest.class.getResource("/devset/gold.jsonl").toURI());
        papersFile = Path.of(ScorerParityTest.class.getResource("/devset/papers.jsonl").toURI());
        gold = Jsonl.read(goldFile);
        papers = Jsonl.read(papersFile);
    }

    /** Each case is skipped, not the class: a class skipped as a whole is reported as no tests at all. */
    @BeforeEach
    void needScorePy() {
        assumeTrue(scorePyMissing == null, scorePyMissing);
    }

    static Stream<Arguments> perturbationsAndTypes() {
        return PERTURBATIONS.keySet().stream()
                .flatMap(name -> Stream.of(Arguments.of(name, DEFAULT_TYPES), Arguments.of(name, "Task,Metric")));
    }

    @ParameterizedTest(name = "{0} --types {1}")
    @MethodSource("perturbationsAndTypes")
    void agreesWithScorePy(String perturbation, String types) throws IOException, InterruptedException {
        Path predictionsFile = dir.resolve(perturbation + ".jsonl");
        writeJsonl(predictionsFile, PERTURBATIONS.get(perturbation).apply(goldAsPredictions()));
        Scorer scorer = types.isEmpty() ? new Scorer() : new Scorer(Arrays.asList(types.split(",")));

        ScoreReport report = scorer.score(gold, Jsonl.read(predictionsFile), papers);

        JsonNode expected = JSON.readTree(runScorePy(predictionsFile, types, true));
        JsonNode actual = JSON.readTree(report.toJson());
        assertEquals(expected.get("papers_joined").intValue(), actual.get("papers_joined").intValue(), "papers_joined");
        for (Variant variant : Variant.values()) {
            JsonNode want = expected.get(variant.key());
            JsonNode got = actual.get(variant.key());
            String where = perturbation + (types.isEmpty() ? "" : " --types " + types) + " " + variant.key();
            for (String figure : List.of("p", "r", "f1")) {
                assertEquals(want.get(figure).doubleValue(), got.get(figure).doubleValue(), 1e-9, where + " " + figure);
            }
            assertEquals(fieldNames(want.get("per_type")), fieldNames(got.get("per_type")), where + " per-type keys");
            for (String type : fieldNames(want.get("per_type"))) {
                for (int k = 0; k < 3; k++) {
                    assertEquals(want.get("per_type").get(type).get(k).doubleValue(),
                            got.get("per_type").get(type).get(k).doubleValue(), 1e-9,
                            where + " " + type + " " + List.of("p", "r", "f1").get(k));
                }
            }
        }
        List<String> pythonText = runScorePy(predictionsFile, types, false).lines().toList();
        assertEquals(pythonText, report.format().lines().limit(pythonText.size()).toList(), perturbation + " text");
    }

    /** Each perturbation turns the gold, reshaped as prediction records, into the predictions to score. */
    private static final Map<String, UnaryOperator<List<ObjectNode>>> PERTURBATIONS = new LinkedHashMap<>();

    static {
        PERTURBATIONS.put("identical", records -> records);
        PERTURBATIONS.put("drop-every-third", records -> eachConcept(records, (concept, n) -> n % 3 == 2 ? null : concept));
        PERTURBATIONS.put("retyped", records -> eachConcept(records, (concept, n) -> n % 2 == 0 ? concept
                : concept.put("type", nextType(concept.path("type").asText()))));
        PERTURBATIONS.put("alias-as-name", records -> eachConcept(records, (concept, n) -> {
            if (concept.path("aliases").size() > 0) {
                concept.put("name", concept.get("aliases").get(0).asText());
                concept.remove("aliases");
            }
            return concept;
        }));
        PERTURBATIONS.put("last-word", records -> eachConcept(records, (concept, n) -> {
            String[] words = concept.path("name").asText().split(" ");
            concept.put("name", words[words.length - 1]);
            concept.remove("aliases");
            return concept;
        }));
        PERTURBATIONS.put("spurious", records -> {
            int n = 0;
            for (ObjectNode record : records) {
                ArrayNode concepts = (ArrayNode) record.get("concepts");
                if (!concepts.isEmpty()) {
                    ObjectNode first = (ObjectNode) concepts.get(0);
                    concepts.add(first.deepCopy());
                    concepts.add(first.deepCopy().put("name", "improved " + first.path("name").asText()));
                }
                concepts.addObject().put("name", "Spurious Net " + n++).put("type", "Model");
                concepts.addObject().put("name", "made-up corpus").put("type", "Dataset");
                concepts.addObject().put("name", "made-up score").put("type", "Metric");
            }
            return records;
        });
        PERTURBATIONS.put("empty-concepts", records -> {
            records.forEach(record -> record.putArray("concepts"));
            return records;
        });
        PERTURBATIONS.put("no-predictions", records -> List.of());
        PERTURBATIONS.put("title-joined", records -> {
            Map<String, String> titles = new HashMap<>();
            papers.forEach(paper -> titles.put(paper.get("id").asText(), paper.get("title").asText()));
            int n = 0;
            for (ObjectNode record : records) {
                String id = record.remove("id").asText();
                // differs from the paper's title only in what norm folds away
                record.put("title", titles.get(id).toUpperCase().replace("-", "\u2013").replace(" ", "  ") + ".");
                if (n++ % 5 == 0) {
                    record.put("id", "not-a-paper-" + n);
                }
            }
            records.add(JSON.createObjectNode().put("title", "A paper nobody wrote"));
            return records;
        });
        PERTURBATIONS.put("mentions-only", records -> eachConcept(records, (concept, n) -> {
            ArrayNode mentions = concept.putArray("mentions");
            mentions.addObject().put("field", "abstract").put("text", concept.remove("name").asText());
            concept.path("aliases").forEach(alias -> mentions.addObject().put("text", alias.asText()));
            concept.remove("aliases");
            return concept;
        }));
        PERTURBATIONS.put("split-records", records -> {
            List<ObjectNode> split = new ArrayList<>();
            for (ObjectNode record : eachConcept(records, (concept, n) -> n % 7 == 3 ? concept.put("type",
                    concept.path("type").asText().toLowerCase()) : n % 7 == 5 ? removeType(concept) : concept)) {
                ArrayNode concepts = (ArrayNode) record.get("concepts");
                ObjectNode secondHalf = record.deepCopy();
                ArrayNode rest = secondHalf.putArray("concepts");
                while (concepts.size() > rest.size() + 1) {
                    rest.insert(0, concepts.remove(concepts.size() - 1));
                }
                split.add(record);
                split.add(secondHalf);
            }
            return split;
        });
        PERTURBATIONS.put("mixed-reversed", records -> {
            List<ObjectNode> mixed = eachConcept(records, (concept, n) -> switch (n % 5) {
                case 1 -> concept.put("name", lastWord(concept.path("name").asText()));
                case 2 -> concept.put("type", nextType(concept.path("type").asText()));
                case 3 -> null;
                default -> concept;
            });
            // reversed order makes loose predictions reach gold concepts before the exact ones do
            for (ObjectNode record : mixed) {
                List<JsonNode> concepts = new ArrayList<>();
                record.get("concepts").forEach(concepts::add);
                ArrayNode reversed = record.putArray("concepts");
                for (int i = concepts.size() - 1; i >= 0; i--) {
                    reversed.add(concepts.get(i));
                }
            }
            return mixed;
        });
    }

    /** The gold records with only the fields a prediction has: no alt_types, no optional. */
    private static List<ObjectNode> goldAsPredictions() {
        List<ObjectNode> records = new ArrayList<>();
        for (JsonNode paper : gold) {
            ObjectNode record = JSON.createObjectNode().put("id", paper.get("id").asText());
            ArrayNode concepts = record.putArray("concepts");
            for (JsonNode concept : paper.get("concepts")) {
                ObjectNode prediction = concepts.addObject();
                for (String field : List.of("name", "type", "aliases", "role", "specific")) {
                    prediction.set(field, concept.get(field).deepCopy());
                }
            }
            records.add(record);
        }
        return records;
    }

    private static List<ObjectNode> eachConcept(List<ObjectNode> records, PythonScripts.Edit edit) {
        return PythonScripts.eachElement(records, "concepts", edit);
    }

    private static String nextType(String label) {
        return TYPES.get((TYPES.indexOf(label) + 1) % TYPES.size());
    }

    private static String lastWord(String name) {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    private static ObjectNode removeType(ObjectNode concept) {
        concept.remove("type");
        return concept;
    }

    private static void writeJsonl(Path file, List<ObjectNode> records) throws IOException {
        StringBuilder out = new StringBuilder();
        for (ObjectNode record : records) {
            out.append(JSON.writeValueAsString(record)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private String runScorePy(Path predictions, String types, boolean json) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(goldFile.toString(), predictions.toString(), papersFile.toString()));
        if (!types.isEmpty()) {
            args.addAll(List.of("--types", types));
        }
        if (json) {
            args.add("--json");
        }
        return PythonScripts.run(scoreScript, args, dir.resolve("score-py.err"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
