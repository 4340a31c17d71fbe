package org.papergraph.ontology.store;

import org.papergraph.extractor.model.ResultRow;

/**
 * A result a paper reports, read back from the store.
 *
 * @param paperId  the paper that reports it
 * @param row      the row as extracted: the number as written, unit, kind, its parts as written with their concepts,
 *                 and the offsets of the number, quote and sentence in its field
 * @param value    the number, what a leaderboard sorts by (the store keeps it as an xsd:decimal)
 * @param sentence the text of the sentence stating it
 */
public record ResultRecord(String paperId, ResultRow row, double value, String sentence) {
}
