package org.papergraph.extractor.results;

import java.util.List;
import org.papergraph.extractor.model.ResultKind;

/**
 * Keeps the numbers something marks as results, and drops the rest: a unit of score or speed (%, points, fps), a
 * metric, a word that makes it a difference ("improves ... by", "a 5% gain", "+2.9 on navtest"), a ratio with a
 * word or a metric that makes it one ("4.8 times faster", "2.7x throughput"), a score reached on a benchmark ("achieves
 * 71.2 on AIME") or a decimal on a named one ("85.1 on SQuAD, 70.2 on HotpotQA"). A size
 * ("7.6 times smaller") is dropped whatever else holds.
 */
final class EvidenceRule implements ResultRule {

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        for (RowDraft d : drafts) {
            if (!d.alive()) {
                continue;
            }
            if (d.size) {
                d.drop("a size");
            } else if (!evidence(d)) {
                d.drop("nothing makes it a result");
            }
        }
    }

    private static boolean evidence(RowDraft d) {
        return switch (d.unitClass) {
            case PERCENT, POINTS, RATE -> true;
            case RATIO -> d.kindCued || d.metric != null;
            case TIME -> d.metric != null;
            case NONE -> d.metric != null || d.kindCued && d.kind != ResultKind.ABSOLUTE && d.byVerb
                    || (d.kindCued || d.value.contains(".")) && d.benchmark != null && !d.benchmarkFromSentence
                    && !d.benchmarkPart;
        };
    }
}
