package org.papergraph.ontology.store;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;

/**
 * A concept as the store describes it, whichever paper names it.
 *
 * @param name     canonical name (skos:prefLabel)
 * @param aliases  other names (skos:altLabel), sorted
 * @param specific a named artefact rather than a general class
 */
public record ConceptDescription(String id, String name, ConceptType type, List<String> aliases, boolean specific) {
    public ConceptDescription {
        aliases = List.copyOf(aliases);
    }
}
