package org.papergraph.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link ResultScorer} found: for each way of matching result rows (value, full, leaderboard), how many
 * predicted rows matched gold ones, out of how many predicted and gold rows.
 */
public record ResultScoreReport(Map<String, RowScore> variants) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ResultScoreReport {
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }

    /** One way of matching: {@code matched} of {@code predicted} rows matched, out of {@code gold}. */
    public record RowScore(int matched, int predicted, int gold) {
        public Prf prf() {
            return new Prf(matched, predicted - matched, gold - matched);
        }
    }

    public RowScore value() {
        return variants.get("value");
    }

    public RowScore full() {
        return variants.get("full");
    }

    public RowScore leaderboard() {
        return variants.get("leaderboard");
    }

    /** score_results.py's text output, a line a variant. */
    public String format() {
        StringBuilder out = new StringBuilder();
        variants.forEach((name, score) -> {
            Prf prf = score.prf();
            out.append(String.format(Locale.ROOT, "%-12s P=%s R=%s F1=%s (gold %d, pred %d)%n", name,
                    ScoreReport.repr(prf.precision()), ScoreReport.repr(prf.recall()), ScoreReport.repr(prf.f1()),
                    score.gold(), score.predicted()));
        });
        return out.toString();
    }

    /** score_results.py's {@code --json} object. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        variants.forEach((name, score) -> {
            Prf prf = score.prf();
            root.putObject(name).put("p", ScoreReport.round3(prf.precision())).put("r", ScoreReport.round3(prf.recall()))
                    .put("f1", ScoreReport.round3(prf.f1())).put("gold", score.gold()).put("pred", score.predicted());
        });
        return root.toString();
    }
}
