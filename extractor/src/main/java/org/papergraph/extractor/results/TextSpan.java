package org.papergraph.extractor.results;

/** Words of a paper's title or abstract: where they are, and as written. */
public record TextSpan(String field, int start, int end, String text) {
}
