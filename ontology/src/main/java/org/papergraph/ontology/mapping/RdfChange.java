package org.papergraph.ontology.mapping;

import java.util.Set;

/**
 * What a write changed in the dataset.
 *
 * @param papers   ids of the papers whose named graph was replaced (new or changed)
 * @param concepts ids of the concepts named before or after by those papers, and of those whose description changed
 */
public record RdfChange(Set<String> papers, Set<String> concepts) {

    public RdfChange {
        papers = Set.copyOf(papers);
        concepts = Set.copyOf(concepts);
    }

    public boolean isEmpty() {
        return papers.isEmpty() && concepts.isEmpty();
    }
}
