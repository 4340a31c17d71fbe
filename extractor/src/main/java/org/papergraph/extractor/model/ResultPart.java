package org.papergraph.extractor.model;

/**
 * The metric, benchmark, system or baseline of a result row: the words as the paper writes them, and the concept
 * papergraph found there, if any.
 *
 * @param text      as written in the title or abstract; empty when the paper does not say
 * @param conceptId the id of the paper's concept named by these words, or null
 */
public record ResultPart(String text, String conceptId) {

    public static final ResultPart NONE = new ResultPart("", null);

    public ResultPart {
        text = text == null ? "" : text;
    }
}
