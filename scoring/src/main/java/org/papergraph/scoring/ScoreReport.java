package org.papergraph.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * What {@link Scorer} found: score.py's four variants with their per-type figures, plus role accuracy and
 * the quality of the links between papers.
 *
 * @param types        the labels of the concept types scored, in the order they were given
 * @param goldPapers   papers in the gold
 * @param papersJoined papers that at least one prediction record was joined to
 * @param variants     the figures of each way of matching
 * @param roleAccuracy how often a matched prediction has the gold role
 * @param links        predicted against gold pairs of papers that share a specific concept
 */
public record ScoreReport(List<String> types, int goldPapers, int papersJoined, Map<Variant, VariantScore> variants,
                          RoleAccuracy roleAccuracy, Prf links) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ScoreReport {
        types = List.copyOf(types);
        variants = Collections.unmodifiableMap(new EnumMap<>(variants));
    }

    /** How a predicted concept may match a gold one: forms equal, or whole-word containment too; type checked or not. */
    public enum Variant {
        EXACT_TYPED(false, true), EXACT_UNTYPED(false, false), LENIENT_TYPED(true, true), LENIENT_UNTYPED(true, false);

        private final boolean lenient;
        private final boolean typed;

        Variant(boolean lenient, boolean typed) {
            this.lenient = lenient;
            this.typed = typed;
        }

        public boolean lenient() {
            return lenient;
        }

        public boolean typed() {
            return typed;
        }

        /** The name score.py gives it: {@code exact_typed}... */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One variant's figures over all scored types and per type (ordered by label, as score.py prints them). */
    public record VariantScore(Prf overall, Map<String, Prf> perType) {
        public VariantScore {
            Map<String, Prf> byLabel = new TreeMap<>(perType);
            perType = Collections.unmodifiableMap(byLabel);
        }
    }

    /** Of {@code matched} predicted concepts paired with a non-optional gold concept, {@code correct} have its role. */
    public record RoleAccuracy(int correct, int matched) {
        public double accuracy() {
            return matched == 0 ? 0.0 : (double) correct / matched;
        }
    }

    public VariantScore variant(Variant variant) {
        return variants.get(variant);
    }

    /** score.py's text output, then a line for role accuracy and one for links. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "papers joined: %d/%d\n", papersJoined, goldPapers));
        for (Variant v : Variant.values()) {
            VariantScore score = variant(v);
            StringJoiner perType = new StringJoiner(", ", "{", "}");
            score.perType().forEach((type, prf) -> perType.add("'" + type + "': [" + repr(prf.precision())
                    + ", " + repr(prf.recall()) + ", " + repr(prf.f1()) + "]"));
            out.append(String.format(Locale.ROOT, "%-16s %s  per type (P,R,F1): %s\n", v.key(),
                    prfText(score.overall()), perType));
        }
        out.append(String.format(Locale.ROOT, "%-16s %s (%d of %d matched concepts, %s)\n", "role_accuracy",
                fixed(roleAccuracy.accuracy()), roleAccuracy.correct(), roleAccuracy.matched(),
                Variant.LENIENT_TYPED.key()));
        out.append(String.format(Locale.ROOT, "%-16s %s  (%d of %d predicted, %d gold paper pairs)\n", "links",
                prfText(links), links.truePositives(), links.truePositives() + links.falsePositives(),
                links.truePositives() + links.falseNegatives()));
        return out.toString();
    }

    /** score.py's {@code --json} object (figures rounded to three places), with counts, role accuracy and links added. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode typeLabels = root.putArray("types");
        types.forEach(typeLabels::add);
        root.put("gold_papers", goldPapers);
        root.put("papers_joined", papersJoined);
        for (Variant v : Variant.values()) {
            VariantScore score = variant(v);
            ObjectNode node = putPrf(root.putObject(v.key()), score.overall());
            ObjectNode perType = node.putObject("per_type");
            score.perType().forEach((type, prf) -> perType.putArray(type)
                    .add(round3(prf.precision())).add(round3(prf.recall())).add(round3(prf.f1())));
        }
        root.putObject("role_accuracy").put("accuracy", round3(roleAccuracy.accuracy()))
                .put("correct", roleAccuracy.correct()).put("matched", roleAccuracy.matched());
        putPrf(root.putObject("links"), links);
        return root.toString();
    }

    private static ObjectNode putPrf(ObjectNode node, Prf prf) {
        return node.put("p", round3(prf.precision())).put("r", round3(prf.recall())).put("f1", round3(prf.f1()))
                .put("tp", prf.truePositives()).put("fp", prf.falsePositives()).put("fn", prf.falseNegatives());
    }

    private static String prfText(Prf prf) {
        return "P=" + fixed(prf.precision()) + " R=" + fixed(prf.recall()) + " F1=" + fixed(prf.f1());
    }

    /** Python's {@code round(x, 3)}: the exact binary value rounded, ties to even. */
    static double round3(double x) {
        return rounded(x).doubleValue();
    }

    private static BigDecimal rounded(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN);
    }

    /** Python's {@code f"{round(x, 3):.3f}"}. */
    private static String fixed(double x) {
        return rounded(x).toPlainString();
    }

    /** Python's {@code repr(round(x, 3))}: no trailing zeros, but at least one decimal. */
    static String repr(double x) {
        BigDecimal r = rounded(x).stripTrailingZeros();
        return (r.scale() < 1 ? r.setScale(1) : r).toPlainString();
    }
}
