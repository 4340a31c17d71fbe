package org.papergraph.ontology.store;

/**
 * Where a paper names a concept, read back from the store.
 *
 * @param field {@code title} or {@code abstract}
 * @param start offset of the first character in the field's text
 * @param end   offset after the last character (exclusive)
 * @param text  the text between them as extracted, or null
 */
public record MentionRecord(String conceptId, String field, int start, int end, String text) {
}
