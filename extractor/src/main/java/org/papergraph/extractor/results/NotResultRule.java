package org.papergraph.extractor.results;

import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.results.ResultRules.Counted;
import org.papergraph.extractor.results.ResultRules.UnitClass;

/**
 * Drops the numbers that are not results whatever the words around them say: counts and sizes ("7B parameters",
 * "10 benchmarks", "1.2M images", "10% of the training data"; {@code rules/result-counted-nouns.tsv}), years,
 * settings, references and statistics ("a learning rate of 0.001", "Table 2", "p &lt; 0.05";
 * {@code rules/result-settings.tsv}), operating points ("precision at 90% recall"), versions of names ("Llama 3",
 * "Gemini 1.5 Flash"), list markers ("(1)"), dimensions ("3 x 3") and spreads ("± 0.2").
 */
final class NotResultRule implements ResultRule {

    /** Words that may stand between a setting's name and its value: "a learning rate of 0.001", "p &lt; 0.05". */
    private static final Set<String> SETTING_LINKS = Set.of("of", "=", ":", "to", "is", "was", "set", "at", "<", ">",
            "\u2264", "\u2265", "~", "\u2248", "(", "as", "around", "about", "a", "an", "the", "with", "<=", ">=", ",",
            "e.g.", "i.e.");

    /** Words after a percentage that make it a statistic's level, not a result. */
    private static final Set<String> STATISTICS = Set.of("confidence", "ci", "credible", "quantile", "percentile");

    private final ResultRules rules;

    NotResultRule(ResultRules rules) {
        this.rules = rules;
    }

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        for (RowDraft d : drafts) {
            if (!d.alive()) {
                continue;
            }
            if (d.unitClass == UnitClass.NONE || d.unitClass == UnitClass.RATIO) {
                String counted = countedAfter(s, d);
                if (counted != null) {
                    d.drop("a count: " + d.value + " " + counted);
                    continue;
                }
            }
            if (s.lower(d.last + 1).equals("out") && s.lower(d.last + 2).equals("of")
                    || s.lower(d.last + 1).equals("of") && s.isNumber(d.last + 2)) {
                d.drop("a count: " + d.value + " out of a total"); // "3 out of 4 baseline systems"
            } else if (d.unitClass == UnitClass.NONE && countBefore(s, d)) {
                d.drop("a count: " + d.value + " against a count"); // "defeated the champion by 5 games to 0"
            } else if (d.unitClass == UnitClass.PERCENT && STATISTICS.contains(s.lower(d.last + 1))) {
                d.drop("a statistic"); // "95% confidence interval"
            } else if (d.unitClass == UnitClass.PERCENT && operatingPoint(s, d)) {
                d.drop("an operating point"); // "precision at 90% recall", "deviation at 95% residue coverage"
            } else if (d.unitClass == UnitClass.NONE && year(d)) {
                d.drop("a year");
            } else if (d.unitClass == UnitClass.PERCENT && shareOf(s, d)) {
                d.drop("a share of data or cost");
            } else if (setting(s, d)) {
                d.drop("a setting, reference or statistic");
            } else if (d.unitClass == UnitClass.NONE && version(s, d)) {
                d.drop("a version of a name");
            } else if (d.unitClass == UnitClass.NONE && listMarker(s, d)) {
                d.drop("a list marker");
            } else if (d.unitClass == UnitClass.RATIO && d.last + 1 < s.size()
                    && Character.isDigit(s.tok(d.last + 1).text().charAt(0))) {
                d.drop("a dimension");
            } else if (d.tok > 0 && (s.lower(d.tok - 1).equals("\u00b1") || s.lower(d.tok - 1).equals("+/-"))) {
                d.drop("a spread");
            }
        }
    }

    /**
     * The counted noun a number without a unit is the count of ("10 benchmarks", "1.2M images", "a 65B parameter
     * model", "100 seed questions"), or null. A plural noun counts unless it is a unit or a metric.
     */
    private String countedAfter(NumberSentence s, RowDraft d) {
        int j = d.last + 1;
        if (s.lower(d.tok - 1).equals("of") && d.tok > 1 && rules.metricWords.contains(s.tok(d.tok - 2).lemma())) {
            return null; // "throughput of 15 Petaflops": the value of a metric, in a unit no list knows
        }
        if (j < s.size() && s.glued(j) && rules.counted.containsKey(s.lower(j))) {
            return s.tok(j).text(); // "1.2M", "100K"
        }
        if (s.lower(j).equals("+")) {
            j++; // "100,000+ questions"
        }
        for (int k = j; k < s.size() && k < j + 3; k++) {
            String tag = s.tag(k);
            String lemma = s.tok(k).lemma();
            Counted counted = rules.counted(s.tok(k));
            if (counted == Counted.COUNT || counted == Counted.COST && d.unitClass == UnitClass.NONE) {
                return s.tok(k).text();
            }
            if (tag.equals("NNS") || tag.equals("NNPS")) {
                return metricWord(s, k) || rules.unitWord(s.lower(k)) ? null : s.tok(k).text(); // "4.1 MRR@10 points"
            }
            if (!(tag.startsWith("NN") || tag.startsWith("JJ") && !tag.equals("JJR") || s.tok(k).text().contains("-"))
                    || metricWord(s, k)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "precision at 90% recall", "r.m.s.d. (deviation at 95% residue coverage)": a percentage after a measure's name and
     * "at", before a noun, says where the measure is taken.
     */
    private static boolean operatingPoint(NumberSentence s, RowDraft d) {
        int at = d.tok - 1;
        return s.lower(at).equals("at") && at > 0 && s.tag(at - 1).startsWith("NN") && !s.isNumber(at - 1)
                && s.tag(d.last + 1).startsWith("NN");
    }

    /** "5 games to 0": the number after "to" counts what the count before it does. */
    private boolean countBefore(NumberSentence s, RowDraft d) {
        int to = d.tok - 1;
        return s.lower(to).equals("to") && to >= 2 && s.isNumber(to - 2) && !s.glued(to - 1)
                && (s.tag(to - 1).equals("NNS") || rules.counted(s.tok(to - 1)) != null) && !metricWord(s, to - 1);
    }

    private boolean metricWord(NumberSentence s, int k) {
        return rules.metricWords.contains(s.lower(k)) || rules.metricWords.contains(s.tok(k).lemma())
                || s.lower(k).contains("@") || s.conceptOf(k, ConceptType.METRIC);
    }

    private static boolean year(RowDraft d) {
        if (d.value.length() != 4 || d.sign != 0 || !d.value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(d.value);
        return y >= 1900 && y <= 2100;
    }

    /** "10% of the training data": a percentage of a counted noun that a share of which is data or cost. */
    private boolean shareOf(NumberSentence s, RowDraft d) {
        int j = d.last + 1;
        if (!s.lower(j).equals("of")) {
            return false;
        }
        for (int k = j + 1; k < s.size() && k < j + 6; k++) {
            if (rules.shares.contains(s.tok(k).lemma()) || rules.shares.contains(s.lower(k))) {
                return true;
            }
            if (!(s.tag(k).startsWith("NN") || s.tag(k).startsWith("JJ") || s.tag(k).equals("DT")
                    || s.tag(k).equals("PRP$") || s.tok(k).text().contains("-"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a setting's, reference's or statistic's name stands just before the number. */
    private boolean setting(NumberSentence s, RowDraft d) {
        int k = d.tok - 1;
        if (d.sign != 0 && k >= 0 && s.tok(k).text().length() == 1 && !Character.isLetterOrDigit(s.tok(k).text().charAt(0))) {
            k--;
        }
        for (int skipped = 0; k >= 0 && skipped <= 3; skipped++) {
            for (List<String> phrase : rules.settings) {
                int at = k - phrase.size() + 1;
                if (s.wordsAt(at, phrase) && !s.glued(at)) {
                    return true;
                }
            }
            if (!SETTING_LINKS.contains(s.lower(k))) {
                return false;
            }
            k--;
        }
        return false;
    }

    /**
     * A number right after a capitalised word that is no metric, or inside a name the concept rules found, is part
     * of a name: "Llama 3", "AIME 2024", "Table 2", "Gemini 1.5 Flash".
     */
    private boolean version(NumberSentence s, RowDraft d) {
        int before = d.tok - 1;
        if (d.sign == 0 && before >= 0 && s.capitalised(before) && !s.glued(d.tok) && !metricWord(s, before)) {
            return true;
        }
        ConceptSpan around = s.conceptAt(d.tok);
        return around != null && around.specific() && around.type() != ConceptType.METRIC;
    }

    /** "(1)", "(ii)", "1)": an enumeration. */
    private static boolean listMarker(NumberSentence s, RowDraft d) {
        boolean closes = s.lower(d.last + 1).equals(")");
        return closes && (d.tok == 0 || s.lower(d.tok - 1).equals("(") || s.lower(d.tok - 1).equals(":")
                || s.lower(d.tok - 1).equals(";") || s.lower(d.tok - 1).equals(","));
    }
}
