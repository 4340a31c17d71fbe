package org.papergraph.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.papergraph.scoring.ResultScoreReport.RowScore;

/**
 * Scores extracted result rows against gold rows: a port of {@code shared/eval/results/score_results.py} that gives the
 * same figures. A predicted row matches a gold row of the same paper when their numbers are equal; a full match also
 * needs the same kind and, where the gold names them, a compatible benchmark and metric (one contains the other, case
 * and spaces, hyphens and underscores aside). Leaderboard rows are the gold rows of kind absolute with a benchmark,
 * against the predicted rows of kind absolute with one.
 *
 * <p>Gold: {@code {"id", "results": [{"value", "kind", "metric", "benchmark", ...}]}}, a record a paper. Predictions:
 * {@code papergraph extract} output, {@code {"id", "results": [...]}}, joined by id (a later record for the same id
 * replaces an earlier one, records without an id are not read); a row's benchmark may be a string or an object with
 * {@code name} or {@code id}.
 */
public final class ResultScorer {

    /** Python's {@code float()} of a string: an optional sign, digits with underscores, a fraction, an exponent. */
    private static final Pattern PY_FLOAT = Pattern.compile(
            "[+-]?((\\d(_?\\d)*)?\\.\\d(_?\\d)*|\\d(_?\\d)*\\.?)([eE][+-]?\\d(_?\\d)*)?");
    private static final Pattern PY_SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
    /** Python's {@code \s}, {@code -} and {@code _}, which {@code key} removes. */
    private static final Pattern SPACES_DASHES = Pattern.compile("[\\s\\-_]+", Pattern.UNICODE_CHARACTER_CLASS);

    private ResultScorer() {
    }

    public static ResultScoreReport score(List<JsonNode> gold, List<JsonNode> predictions) {
        Map<String, List<JsonNode>> goldRows = new LinkedHashMap<>();
        for (JsonNode paper : gold) {
            goldRows.put(paper.path("id").asText(), elements(paper.get("results")));
        }
        Map<String, List<JsonNode>> predicted = new LinkedHashMap<>();
        for (JsonNode record : predictions) {
            if (record.hasNonNull("id")) {
                predicted.put(record.get("id").asText(), elements(record.get("results")));
            }
        }
        Map<String, RowScore> scores = new LinkedHashMap<>();
        for (String variant : List.of("value", "full", "leaderboard")) {
            boolean full = !variant.equals("value");
            boolean leaderboard = variant.equals("leaderboard");
            int matched = 0;
            int goldCount = 0;
            int predictedCount = 0;
            for (Map.Entry<String, List<JsonNode>> paper : goldRows.entrySet()) {
                List<JsonNode> g = paper.getValue().stream()
                        .filter(r -> !leaderboard || "absolute".equals(r.path("kind").asText(null)) && truthy(r.get("benchmark")))
                        .toList();
                List<JsonNode> p = predicted.getOrDefault(paper.getKey(), List.of());
                if (leaderboard) {
                    p = p.stream().filter(r -> r.path("kind").isTextual() && r.get("kind").textValue().equals("absolute")
                            && truthy(benchmarkOf(r))).toList();
                }
                matched += pair(g, p, full);
                goldCount += g.size();
                predictedCount += p.size();
            }
            scores.put(variant, new RowScore(matched, predictedCount, goldCount));
        }
        return new ResultScoreReport(scores);
    }

    /** score_results.py's greedy pairing: each gold row takes the first unused prediction that matches it. */
    private static int pair(List<JsonNode> gold, List<JsonNode> predicted, boolean full) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (JsonNode g : gold) {
            Double goldValue = number(g.get("value"));
            for (int i = 0; i < predicted.size(); i++) {
                JsonNode p = predicted.get(i);
                Double value = number(p.get("value"));
                // Python's float equality: never for NaN or a missing number, -0.0 == 0.0
                if (used[i] || value == null || goldValue == null || value.doubleValue() != goldValue.doubleValue()) {
                    continue;
                }
                if (full && !(p.path("kind").isTextual() && p.get("kind").textValue().equals(g.path("kind").asText())
                        && compatible(g.path("benchmark").asText(""), text(benchmarkOf(p)))
                        && compatible(g.path("metric").asText(""), text(p.get("metric"))))) {
                    continue;
                }
                used[i] = true;
                matched++;
                break;
            }
        }
        return matched;
    }

    /**
     * score_results.py's {@code num}: {@code float(str(v).replace(',', '').strip())}, or null where Python fails.
     * A JSON number is read as its value; anything but a number or a string is no number.
     */
    static Double number(JsonNode v) {
        if (v == null || v.isNull() || v.isBoolean() || v.isContainerNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        String s = v.asText().replace(",", "").strip();
        if (PY_SPECIAL.matcher(s).matches()) {
            String w = s.toLowerCase(Locale.ROOT).replace("+", "");
            return w.contains("nan") ? Double.NaN : w.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!PY_FLOAT.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.replace("_", "")).doubleValue();
    }

    /** score_results.py's {@code compat}: gold empty, or one key contains the other. */
    static boolean compatible(String gold, String predicted) {
        if (gold.isEmpty()) {
            return true;
        }
        String g = key(gold);
        String p = key(predicted);
        return !p.isEmpty() && (p.contains(g) || g.contains(p));
    }

    private static String key(String s) {
        return SPACES_DASHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The benchmark of a predicted row: a string, or an object's {@code name}, else its {@code id}. */
    private static JsonNode benchmarkOf(JsonNode row) {
        JsonNode b = row.get("benchmark");
        if (b != null && b.isObject()) {
            return truthy(b.get("name")) ? b.get("name") : b.get("id");
        }
        return b;
    }

    private static String text(JsonNode v) {
        return v != null && v.isTextual() ? v.textValue() : "";
    }

    /** Python's truth of a JSON value: not null, false, 0, "" or empty. */
    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }
}
