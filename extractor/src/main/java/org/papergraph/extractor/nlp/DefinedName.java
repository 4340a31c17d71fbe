package org.papergraph.extractor.nlp;

import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * A name a paper defines for itself, an acronym with its long form or the name before its title's colon, so that its
 * other uses in the paper (and, for an acronym, in other papers) are found as the same concept.
 *
 * @param rule the rule that found the definition
 */
record DefinedName(String key, String display, ConceptType type, boolean specific, ExtractionRule rule) {
}
