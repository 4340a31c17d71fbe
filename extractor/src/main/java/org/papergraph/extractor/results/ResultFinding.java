package org.papergraph.extractor.results;

import org.papergraph.extractor.model.ResultKind;

/**
 * A result as one paper's text gives it, before its words are linked to the concepts of the whole collection.
 * Offsets are those of {@link org.papergraph.extractor.model.ResultRow}; a part the text does not give is null.
 */
public record ResultFinding(String value, String unit, ResultKind kind, TextSpan metric, TextSpan benchmark,
                            TextSpan system, TextSpan baseline, String field, int start, int end, int sentenceStart,
                            int sentenceEnd, TextSpan quote) {
}
