package org.papergraph.extractor.results;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ResultKind;

/**
 * Finds what a gain, reduction or ratio is measured against ({@code rules/result-baseline-cues.txt}): the phrase
 * after "over", "than", "compared to", "outperforms" and the like, after the number ("by 12.4% over the base
 * model", "4.8 times faster in inference than the baseline PLMs") or before it in the same sentence ("outperforms 13
 * cutting-edge models, achieving ... ~5.9% improvement"); or the owner of the metric a verb changes ("improving the
 * base models' self-correction by 15.6%"). A score reached has no baseline; the score before an arrow or "to"
 * ("34.2% -> 38.8%") is that of what the sentence compares with.
 */
final class BaselineRule implements ResultRule {

    private final ResultRules rules;
    private final Phrases phrases;

    BaselineRule(ResultRules rules, Phrases phrases) {
        this.rules = rules;
        this.phrases = phrases;
    }

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        for (int i = 1; i < drafts.size(); i++) {
            RowDraft before = drafts.get(i - 1);
            if (before.alive() && drafts.get(i).alive() && NumberGroup.fromTo(s, before, drafts.get(i))) {
                // "outperforms CoT-SC ... (34.2% -> 38.8%)": the score before is that of what it is compared with.
                TextSpan compared = cued(s, 0, before.tok, false);
                if (compared != null) {
                    before.system = named(s, compared);
                }
            }
        }
        for (RowDraft d : drafts) {
            if (!d.alive() || d.kind == ResultKind.ABSOLUTE) {
                continue;
            }
            TextSpan b = owner(s, d);
            if (b == null) {
                b = cued(s, Math.max(d.last, Math.max(d.metricTo - 1, d.cueAt)) + 1, s.size(), true);
            }
            if (b == null) {
                b = cued(s, 0, d.tok, false);
            }
            d.baseline = b;
        }
    }

    /** "improving the base models' self-correction by 15.6%": the possessor of the metric. */
    private TextSpan owner(NumberSentence s, RowDraft d) {
        if (d.metric == null) {
            return null;
        }
        int m = 0;
        while (m < s.size() && s.tok(m).begin() < d.metric.start()) {
            m++;
        }
        if (m < 2 || !s.tag(m - 1).equals("POS")) {
            return null;
        }
        int from = phrases.skipGeneric(s, phrases.start(s, m - 1), m - 1);
        return from < m - 1 ? s.span(from, m - 1) : null;
    }

    /**
     * The phrase after the first (or, reading before the number, the last) comparison cue in {@code [from, to)},
     * within the clause.
     */
    private TextSpan cued(NumberSentence s, int from, int to, boolean first) {
        TextSpan found = null;
        for (int i = from; i < to; i++) {
            if (s.lower(i).equals(";")) {
                if (first) {
                    break;
                }
                found = null;
            }
            for (List<String> cue : rules.baselineCues) {
                // "over 2.2x" is more than 2.2x, not a comparison with it
                if (s.wordsAt(i, cue) && !(cue.get(0).equals("over") && s.isNumber(i + 1))) {
                    TextSpan b = phrases.compared(s, i + cue.size());
                    if (b != null) {
                        if (first) {
                            return b;
                        }
                        found = b;
                    }
                    break;
                }
            }
        }
        return found;
    }

    /** The method or model a compared phrase names ("the competitive baseline CoT-SC"), else the phrase. */
    private static TextSpan named(NumberSentence s, TextSpan phrase) {
        for (ConceptSpan c : s.concepts) {
            if (c.start() >= phrase.start() && c.end() <= phrase.end()
                    && (c.type() == ConceptType.MODEL || c.type() == ConceptType.METHOD) && c.specific()) {
                return s.span(c.tokFrom(), c.tokTo());
            }
        }
        return phrase;
    }
}
