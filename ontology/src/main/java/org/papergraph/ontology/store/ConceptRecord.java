package org.papergraph.ontology.store;

import java.util.List;

import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Role;

/**
 * A concept as one paper names it, read back from the store.
 *
 * @param id           corpus-wide concept id
 * @param name         canonical name (skos:prefLabel)
 * @param aliases      other names (skos:altLabel), sorted
 * @param role         the concept's role in the paper
 * @param confidence   the extractor's confidence, in [0,1]
 * @param specific     a named artefact rather than a general class
 * @param mentionCount how many spans of the paper's title and abstract name it
 * @param foundBy      the rules that found those spans, in rule order
 */
public record ConceptRecord(String id, String name, ConceptType type, List<String> aliases, Role role,
                            double confidence, boolean specific, int mentionCount,
                            List<ExtractionRule> foundBy) {
    public ConceptRecord {
        aliases = List.copyOf(aliases);
        foundBy = List.copyOf(foundBy);
    }

    /** The concept as the store describes it, apart from how this paper names it. */
    public ConceptDescription description() {
        return new ConceptDescription(id, name, type, aliases, specific);
    }
}
