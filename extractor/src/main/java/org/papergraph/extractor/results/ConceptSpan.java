package org.papergraph.extractor.results;

import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Role;

/**
 * Where the concept rules found a concept in a paper, as the result rules read it: the metric, benchmark or system of
 * a result is often a concept found there.
 *
 * @param sentence the sentence's index among the paper's (title sentences first)
 * @param tokFrom  its first token in that sentence; {@code tokTo} is exclusive
 * @param start    its character offsets in {@code field}; {@code end} is exclusive
 */
public record ConceptSpan(int sentence, int tokFrom, int tokTo, String field, int start, int end, ConceptType type,
                          Role role, boolean specific) {
}
