package org.papergraph.extractor.model;

import java.util.List;

/** A paper and the concepts extracted from it. */
public record PaperConcepts(Paper paper, List<Concept> concepts) {
    public PaperConcepts {
        concepts = List.copyOf(concepts);
    }
}
