package org.papergraph.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.papergraph.scoring.ScoreReport.RoleAccuracy;
import org.papergraph.scoring.ScoreReport.Variant;

/** The scorer on tiny hand-made inputs whose answers are worked out by hand. */
class ScorerTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    private static final List<JsonNode> PAPERS = records(
            "{'id': 'p1', 'title': 'Paper One'}", "{'id': 'p2', 'title': 'Paper Two'}",
            "{'id': 'p3', 'title': 'Paper Three'}", "{'id': 'p4', 'title': 'Paper Four'}",
            "{'id': 'p5', 'title': 'Paper Five'}");

    private static final List<JsonNode> ROLE_GOLD = records("""
            {'id': 'p1', 'concepts': [
              {'name': 'Group Relative Policy Optimization', 'aliases': ['GRPO'], 'type': 'Method', 'role': 'proposes'},
              {'name': 'GSM8K', 'type': 'Benchmark', 'alt_types': ['Dataset'], 'role': 'evaluates_on'},
              {'name': 'Qwen2.5-7B-Instruct', 'type': 'Model', 'role': 'uses'},
              {'name': 'deep learning', 'type': 'Method', 'optional': true, 'role': 'mentions'},
              {'name': 'accuracy', 'type': 'Metric', 'role': 'evaluates_on'}]}""");

    private static final List<JsonNode> ROLE_PREDICTIONS = records("""
            {'id': 'p1', 'concepts': [
              {'name': 'GRPO', 'type': 'Method', 'role': 'proposes'},
              {'name': 'GSM8K', 'type': 'Dataset', 'role': 'uses'},
              {'name': 'Qwen2.5-7B-Instruct', 'type': 'Method', 'role': 'uses'},
              {'name': 'Qwen2.5', 'type': 'Model', 'role': 'uses'},
              {'name': 'deep learning', 'type': 'Method', 'role': 'uses'},
              {'name': 'accuracy', 'type': 'Metric', 'role': 'evaluates_on'}]}""");

    private static final List<JsonNode> LINK_GOLD = records(
            "{'id': 'p1', 'concepts': [{'name': 'GRPO', 'aliases': ['Group Relative Policy Optimization'],"
                    + " 'type': 'Method', 'specific': true}, {'name': 'reinforcement learning', 'type': 'Method'}]}",
            "{'id': 'p2', 'concepts': [{'name': 'Group-Relative Policy Optimization', 'type': 'Method', 'specific': true}]}",
            "{'id': 'p3', 'concepts': [{'name': 'GRPO', 'type': 'Method', 'specific': false},"
                    + " {'name': 'reinforcement learning', 'type': 'Method', 'specific': false}]}",
            "{'id': 'p4', 'concepts': [{'name': 'CoSOD3k', 'type': 'Benchmark', 'specific': true}]}",
            "{'id': 'p5', 'concepts': [{'name': 'cosod3k', 'type': 'Dataset', 'specific': true}]}");

    @Test
    void roleAccuracyCountsTypedLenientMatchesToNonOptionalGold() {
        // GRPO right (exact via alias), GSM8K wrong (typed through alt_types), Qwen2.5 right (lenient);
        // the Method-typed Qwen is no typed match, deep learning matches optional gold, accuracy is a Metric.
        RoleAccuracy roles = new Scorer().score(ROLE_GOLD, ROLE_PREDICTIONS, PAPERS).roleAccuracy();

        assertEquals(new RoleAccuracy(2, 3), roles);
        assertEquals(2.0 / 3, roles.accuracy(), 1e-12);
    }

    @Test
    void roleAccuracyFollowsTheSelectedTypes() {
        RoleAccuracy roles = new Scorer(List.of("Metric")).score(ROLE_GOLD, ROLE_PREDICTIONS, PAPERS)
                .roleAccuracy();

        assertEquals(new RoleAccuracy(1, 1), roles);
    }

    @Test
    void roleAccuracyIsZeroWithoutMatches() {
        RoleAccuracy roles = new Scorer().score(ROLE_GOLD, List.of(), PAPERS).roleAccuracy();

        assertEquals(new RoleAccuracy(0, 0), roles);
        assertEquals(0.0, roles.accuracy());
    }

    @Test
    void goldLinksPairPapersWhoseSpecificConceptsShareANormalisedForm() {
        // p1-p2 meet through p1's alias once hyphens are normalised; p3's GRPO is not specific; p4-p5 differ only in case.
        assertEquals(Set.of(new PaperPair("p1", "p2"), new PaperPair("p5", "p4")), Scorer.goldLinks(LINK_GOLD));
    }

    @Test
    void linkQualityJudgesOnlyPairsOfGoldPapers() {
        Set<PaperPair> predicted = Set.of(new PaperPair("p2", "p1"), new PaperPair("p1", "p3"), new PaperPair("p2", "p99"));

        Prf links = new Scorer().score(LINK_GOLD, List.of(), PAPERS, predicted).links();

        assertEquals(new Prf(1, 1, 1), links);
        assertEquals(0.5, links.precision());
        assertEquals(0.5, links.recall());
        assertEquals(0.5, links.f1());
    }

    @Test
    void predictedLinksPairPapersSharingASpecificConceptId() {
        List<JsonNode> predictions = records(
                "{'id': 'p1', 'concepts': [{'id': 'c-grpo', 'name': 'GRPO', 'type': 'Method', 'specific': true},"
                        + " {'id': 'c-rl', 'name': 'RL', 'type': 'Method', 'specific': false}]}",
                "{'title': 'PAPER TWO', 'concepts': [{'id': 'c-grpo', 'specific': true}, {'id': 'c-rl', 'specific': false}]}",
                "{'id': 'p3', 'concepts': [{'id': 'c-grpo', 'specific': true}, {'id': 'c-cosod', 'specific': true}]}",
                "{'id': 'unknown', 'concepts': [{'id': 'c-cosod', 'specific': true}]}",
                "{'id': 'p4', 'concepts': [{'name': 'no id', 'specific': true}, {'id': 'c-cosod', 'specific': false}]}");

        assertEquals(Set.of(new PaperPair("p1", "p2"), new PaperPair("p1", "p3"), new PaperPair("p2", "p3")),
                Scorer.predictedLinks(predictions, PAPERS));
    }

    @Test
    void scoringWithoutGivenLinksTakesThemFromPredictedConceptIds() {
        List<JsonNode> predictions = records(
                "{'id': 'p1', 'concepts': [{'id': 'c1', 'name': 'GRPO', 'type': 'Method', 'specific': true}]}",
                "{'id': 'p2', 'concepts': [{'id': 'c1', 'name': 'GRPO', 'type': 'Method', 'specific': true}]}",
                "{'id': 'p3', 'concepts': [{'id': 'c1', 'name': 'GRPO', 'type': 'Method', 'specific': true}]}");

        // predicted p1-p2, p1-p3, p2-p3 against gold p1-p2, p4-p5
        assertEquals(new Prf(1, 2, 1), new Scorer().score(LINK_GOLD, predictions, PAPERS).links());
    }

    @Test
    void exactMatchesClaimGoldBeforeLenientOnes() {
        List<JsonNode> gold = records("{'id': 'p1', 'concepts': [{'name': 'BERT', 'type': 'Model'},"
                + " {'name': 'BERT large', 'type': 'Model'}]}");
        List<JsonNode> predictions = records("{'id': 'p1', 'concepts': [{'name': 'BERT base', 'type': 'Model'},"
                + " {'name': 'BERT', 'type': 'Model'}]}");

        // "BERT" takes gold BERT exactly, so "BERT base" (which only holds "BERT") finds nothing left.
        ScoreReport report = new Scorer().score(gold, predictions, PAPERS);

        assertEquals(new Prf(1, 1, 1), report.variant(Variant.LENIENT_TYPED).overall());
        assertEquals(new Prf(1, 1, 1), report.variant(Variant.EXACT_TYPED).overall());
    }

    @Test
    void optionalGoldNeitherRewardsNorPunishes() {
        List<JsonNode> gold = records("{'id': 'p1', 'concepts': [{'name': 'GPT-4', 'type': 'Model'},"
                + " {'name': 'neural networks', 'type': 'Model', 'optional': true}]}");
        List<JsonNode> withOptional = records("{'id': 'p1', 'concepts': [{'name': 'GPT-4', 'type': 'Model'},"
                + " {'name': 'neural network', 'type': 'Model'}]}");
        List<JsonNode> withoutOptional = records("{'id': 'p1', 'concepts': [{'name': 'GPT-4', 'type': 'Model'}]}");

        for (List<JsonNode> predictions : List.of(withOptional, withoutOptional)) {
            assertEquals(new Prf(1, 0, 0), new Scorer().score(gold, predictions, PAPERS).variant(Variant.EXACT_TYPED).overall());
        }
    }

    @Test
    void typedScoresNeedThePredictedTypeAmongTheGoldTypes() {
        List<JsonNode> gold = records("{'id': 'p1', 'concepts': [{'name': 'CoSOD3k', 'type': 'Benchmark',"
                + " 'alt_types': ['Dataset']}]}");
        List<JsonNode> asDataset = records("{'id': 'p1', 'concepts': [{'name': 'CoSOD3k', 'type': 'Dataset'}]}");
        List<JsonNode> asModel = records("{'id': 'p1', 'concepts': [{'name': 'CoSOD3k', 'type': 'Model'}]}");
        Scorer scorer = new Scorer();

        assertEquals(new Prf(1, 0, 0), scorer.score(gold, asDataset, PAPERS).variant(Variant.EXACT_TYPED).overall());
        ScoreReport report = scorer.score(gold, asModel, PAPERS);
        assertEquals(new Prf(0, 1, 1), report.variant(Variant.EXACT_TYPED).overall());
        assertEquals(new Prf(1, 0, 0), report.variant(Variant.EXACT_UNTYPED).overall());
        assertEquals(Set.of("Benchmark", "Model"),
                report.variant(Variant.EXACT_TYPED).perType().keySet());
    }

    @Test
    void reportFormatsAndSerialisesEveryFigure() throws JsonProcessingException {
        ScoreReport report = new Scorer().score(ROLE_GOLD, ROLE_PREDICTIONS, PAPERS, Set.of(new PaperPair("p1", "p2")));

        String text = report.format();
        assertTrue(text.startsWith("papers joined: 1/1\nexact_typed      P="), text);
        assertTrue(text.contains("\nrole_accuracy    0.667 (2 of 3 matched concepts, lenient_typed)\n"), text);
        // p2 is not in this gold, so the one predicted pair cannot be judged
        assertTrue(text.contains("\nlinks            P=0.000 R=0.000 F1=0.000  (0 of 0 predicted, 0 gold paper pairs)\n"), text);

        JsonNode json = JSON.readTree(report.toJson());
        assertEquals(0.667, json.path("role_accuracy").path("accuracy").doubleValue());
        assertEquals(0, json.path("links").path("fp").intValue());
        assertEquals(List.of("Method", "Model", "Dataset", "Benchmark"),
                JSON.convertValue(json.path("types"), List.class));
        for (Variant v : Variant.values()) {
            assertTrue(json.path(v.key()).path("per_type").isObject(), v.key());
        }
    }

    private static List<JsonNode> records(String... json) {
        return Arrays.stream(json).map(ScorerTest::parse).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
