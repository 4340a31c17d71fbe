package org.papergraph.graph.load;

import java.util.List;
import org.papergraph.extractor.model.ResultRow;

/** What is loaded into Neo4j, as read from the RDF store: papers, concepts, relations between them, results. */
public final class GraphRows {

    private GraphRows() {
    }

    /** @param source {@code file:line} of the input record, or null */
    public record PaperRow(String id, String title, String date, Integer year, String doi, String url,
                           List<String> authors, List<String> categories, String source) {
    }

    public record ConceptRow(String id, String name, String type, List<String> aliases, boolean specific) {
    }

    /** A paper's relation to a concept; {@code mentions} counts the spans of the paper that name it. */
    public record RelationRow(String paperId, String conceptId, String role, double confidence, int mentions,
                              List<String> foundBy) {
    }

    /**
     * A result a paper reports: the row as extracted, its number (the store's decimal) and the text of its sentence.
     */
    public record ReportedResult(String paperId, ResultRow row, double value, String sentence) {

        /** The result's id: its paper's id, its field and the number's offsets, as its IRI in the store has them. */
        public String id() {
            return paperId + "/" + row.field() + "-" + row.start() + "-" + row.end();
        }
    }
}
