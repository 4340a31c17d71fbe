package org.papergraph.extractor.model;

import java.util.List;

/** A paper, the concepts extracted from it, and the results it reports. */
public record PaperConcepts(Paper paper, List<Concept> concepts, List<ResultRow> results) {
    public PaperConcepts {
        concepts = List.copyOf(concepts);
        results = List.copyOf(results);
    }

    /** A paper with its concepts and no result rows. */
    public PaperConcepts(Paper paper, List<Concept> concepts) {
        this(paper, concepts, List.of());
    }
}
