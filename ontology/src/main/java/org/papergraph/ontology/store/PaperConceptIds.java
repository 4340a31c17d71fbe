package org.papergraph.ontology.store;

import java.util.List;

/**
 * The ids of the concepts a paper names, read from the store without their descriptions.
 *
 * @param concepts every concept the paper names, sorted by IRI
 * @param specific those of them that are specific (named artefacts): the ones that link papers
 */
public record PaperConceptIds(String paper, List<String> concepts, List<String> specific) {

    public PaperConceptIds {
        concepts = List.copyOf(concepts);
        specific = List.copyOf(specific);
    }
}
