package org.papergraph.extractor.model;

/**
 * Where a concept is named: a field of the paper and character offsets into it ({@code end} exclusive), and the rule
 * that found it there.
 */
public record Mention(String field, int start, int end, String text, ExtractionRule rule) {
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
}
