package org.papergraph.ontology.store;

import java.util.List;

/**
 * A paper, the concepts it names and the results it reports, read back from the store: everything a downstream
 * loader needs.
 *
 * @param title        empty if the paper has none
 * @param abstractText empty if the paper has none
 * @param authors      in the order of the input
 * @param date         as the input gave it, or null
 * @param doi          or null
 * @param url          or null
 * @param categories   sorted
 * @param source       {@code file:line} of the input record, or null
 * @param concepts     sorted by concept id
 * @param results      the results it reports, title first, then by the number's offsets
 */
public record PaperRecord(String id, String title, String abstractText, List<String> authors, String date,
                          String doi, String url, List<String> categories, String source,
                          List<ConceptRecord> concepts, List<ResultRecord> results) {
    public PaperRecord {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        concepts = List.copyOf(concepts);
        results = List.copyOf(results);
    }
}
