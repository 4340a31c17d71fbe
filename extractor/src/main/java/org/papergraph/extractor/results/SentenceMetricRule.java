package org.papergraph.extractor.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.results.ResultRules.UnitClass;

/**
 * The last word on a leaderboard row, a score reached on a benchmark: one whose own words name no metric takes the one
 * metric its sentence names elsewhere ("WER of 2.1%/4.3% without a language model, and 1.9%/3.9% with one"); when the
 * sentence names several, which one it is measured by is unknown, and the score keeps no benchmark, so that it stays a
 * result but no leaderboard shows it under a measure it may not have. A speed or a time ("59 FPS") measures none of
 * them. "Performance" names no measure and is not counted; a metric and its short form in brackets ("a word error rate
 * (WER)") are one.
 */
final class SentenceMetricRule implements ResultRule {

    private static final Set<String> VAGUE = Set.of("performance", "performances");

    private final Phrases phrases;

    SentenceMetricRule(Phrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        List<TextSpan> named = null;
        for (RowDraft d : drafts) {
            if (!d.alive() || d.kind != ResultKind.ABSOLUTE || d.benchmark == null || d.metric != null
                    || d.unitClass == UnitClass.RATE || d.unitClass == UnitClass.TIME) {
                continue;
            }
            if (named == null) {
                named = metrics(s, drafts);
            }
            if (named.size() == 1) {
                d.metric = named.get(0);
            } else if (named.size() > 1) {
                d.benchmark = null;
                d.benchmarkNames = List.of();
            }
        }
    }

    /** The distinct metrics the sentence names outside its numbers' units, each as the phrase it ends. */
    private List<TextSpan> metrics(NumberSentence s, List<RowDraft> drafts) {
        List<TextSpan> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!phrases.metricWord(s, i) || VAGUE.contains(s.lower(i)) || s.tag(i).startsWith("VB")
                    || phrases.verbAfterName(s, i) || unit(drafts, i)
                    || phrases.inPhrase(s, i + 1) && phrases.metricWord(s, i + 1)) {
                continue; // "top-1 accuracy" is one metric, named by its last word
            }
            int from = phrases.start(s, i + 1);
            while (from < i && (s.isNumber(from) || s.lower(from).equals("%") || unit(drafts, from))) {
                from++; // "95% accuracy": the metric after a number's unit
            }
            from = phrases.skipGeneric(s, from, i + 1);
            int to = i + 1;
            while (to < s.size() && s.glued(to) && (Character.isLetterOrDigit(s.tok(to).text().charAt(0))
                    || s.tok(to).text().equals("@"))) {
                to++;
            }
            TextSpan m = s.span(from, to);
            int shortForm = MetricRule.shortFormEnd(s, m);
            if (shortForm >= 0) {
                m = s.chars(m.start(), s.tok(shortForm).end()); // "a word error rate (WER)", as the score's own would be
                to = shortForm + 1;
            }
            String key = m.text().toLowerCase(Locale.ROOT);
            if (out.stream().noneMatch(o -> o.text().toLowerCase(Locale.ROOT).equals(key))) {
                out.add(m);
            }
            i = to - 1;
        }
        return out;
    }

    /** Whether token {@code i} is the unit of a number ("%" aside, a unit such as "points" or "FPS"). */
    private static boolean unit(List<RowDraft> drafts, int i) {
        return drafts.stream().anyMatch(d -> d.tok < i && i <= d.last);
    }
}
