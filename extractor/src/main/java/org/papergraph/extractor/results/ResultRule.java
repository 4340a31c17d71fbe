package org.papergraph.extractor.results;

import java.util.List;

/**
 * One family of result rules: what it learns about the numbers of a sentence (their kind, metric, benchmark...), or
 * which of them it finds are not results. The families run in a fixed order, each reading what the earlier found.
 */
interface ResultRule {

    /** @param drafts the sentence's numbers, in text order; a family skips those already dropped */
    void apply(NumberSentence sentence, List<RowDraft> drafts, PaperContext paper);
}
