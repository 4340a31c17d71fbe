package org.papergraph.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result-row scorer's matching rules on small hand-made cases (its parity with score_results.py is tested apart). */
class ResultScorerTest {

    private static final List<JsonNode> GOLD = parse("""
            {"id": "p1", "results": [
              {"value": "85.3", "unit": "%", "kind": "absolute", "metric": "top-1 accuracy", "benchmark": "ImageNet"},
              {"value": "1,000", "unit": "x", "kind": "ratio", "metric": "", "benchmark": ""},
              {"value": "2.1", "unit": "", "kind": "gain", "metric": "BLEU", "benchmark": "WMT 2014"}]}
            {"id": "p2", "results": []}
            """);

    /** JSON Lines written a record to a paragraph: continuation lines are indented. */
    private static List<JsonNode> parse(String records) {
        try {
            return Jsonl.parse(records.replaceAll("\\n\\s+", " "), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void numbersMatchAsNumbersAndPartsByContainment() {
        ResultScoreReport r = ResultScorer.score(GOLD, parse("""
                {"id": "p1", "results": [
                  {"value": "85.30", "kind": "absolute", "metric": "Top-1 Accuracy", "benchmark": {"name": "the ImageNet val set"}},
                  {"value": 1000, "kind": "ratio", "metric": "speedup", "benchmark": "anything"},
                  {"value": "2.1%", "kind": "gain", "metric": "BLEU", "benchmark": "WMT-2014 En-De"}]}
                """));
        assertEquals(new ResultScoreReport.RowScore(2, 3, 3), r.value(), "\"2.1%\" is no Python float (\"+2.1\" is)");
        assertEquals(new ResultScoreReport.RowScore(2, 3, 3), r.full());
        assertEquals(new ResultScoreReport.RowScore(1, 1, 1), r.leaderboard());
    }

    @Test
    void fullRowsNeedTheKindAndTheGoldsParts() {
        ResultScoreReport r = ResultScorer.score(GOLD, parse("""
                {"id": "p1", "results": [
                  {"value": "85.3", "kind": "gain", "metric": "top-1 accuracy", "benchmark": "ImageNet"},
                  {"value": "1000", "kind": "ratio"},
                  {"value": "2.1", "kind": "gain", "metric": "ROUGE", "benchmark": "WMT 2014"}]}
                {"id": "p2", "results": [{"value": "7", "kind": "absolute", "benchmark": "GSM8K"}]}
                """));
        assertEquals(new ResultScoreReport.RowScore(3, 4, 3), r.value());
        assertEquals(new ResultScoreReport.RowScore(1, 4, 3), r.full(), "a wrong kind or metric is no full match");
        assertEquals(new ResultScoreReport.RowScore(0, 1, 1), r.leaderboard(), "a gain is no leaderboard row");
        assertEquals("value        P=0.75 R=1.0 F1=0.857 (gold 3, pred 4)", r.format().lines().findFirst().orElseThrow());
    }
}
