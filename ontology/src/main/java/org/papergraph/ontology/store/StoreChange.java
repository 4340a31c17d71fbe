package org.papergraph.ontology.store;

import java.util.Set;

/**
 * What a write or a removal changed in the store: what a graph loaded from the store at {@code revision - 1} must
 * load again to hold the store at {@code revision}.
 *
 * @param revision       the store's revision after the change (unchanged when nothing changed)
 * @param papers         ids of the papers written anew (new or changed)
 * @param removedPapers  ids of the papers removed
 * @param concepts       ids of the concepts those papers named before or name now, or whose description changed;
 *                       some may no longer be in the store
 */
public record StoreChange(long revision, Set<String> papers, Set<String> removedPapers, Set<String> concepts) {

    public StoreChange {
        papers = Set.copyOf(papers);
        removedPapers = Set.copyOf(removedPapers);
        concepts = Set.copyOf(concepts);
    }

    public boolean isEmpty() {
        return papers.isEmpty() && removedPapers.isEmpty() && concepts.isEmpty();
    }
}
