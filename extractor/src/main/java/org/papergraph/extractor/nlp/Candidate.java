package org.papergraph.extractor.nlp;

import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Role;

/**
 * A span of a paper that may name a concept, before mentions are grouped into concepts.
 *
 * @param key      normalised name under which mentions of one concept meet (the long form's, for an acronym)
 * @param display  the name to show: the long form, or the lexicon's name
 * @param tokFrom  first token of the span in its sentence; {@code tokTo} is exclusive
 * @param rule     the rule that found it
 */
record Candidate(String field, int sentence, int tokFrom, int tokTo, int start, int end, String text,
                 String key, String display, ConceptType type, ExtractionRule rule, boolean specific, Role role,
                 double confidence) {

    /** Whether it is a name the paper defines, its acronym or long form, or its title's name. */
    boolean definedName() {
        return rule == ExtractionRule.ACRONYM_DEFINITION || rule == ExtractionRule.TITLE_NAME;
    }

    boolean overlaps(Candidate o) {
        return field.equals(o.field) && start < o.end && o.start < end;
    }

    Candidate withRole(Role r) {
        return new Candidate(field, sentence, tokFrom, tokTo, start, end, text, key, display, type, rule, specific,
                r, confidence);
    }

    Candidate withType(ConceptType newType) {
        return new Candidate(field, sentence, tokFrom, tokTo, start, end, text, key, display, newType, rule, specific,
                role, confidence);
    }

    Candidate withText(String newText, String newKey, String newDisplay) {
        return new Candidate(field, sentence, tokFrom, tokTo, start, end, newText, newKey, newDisplay, type, rule,
                specific, role, confidence);
    }

    /** This candidate as another paper's definition reads it: found by the corpus-wide acronym step. */
    Candidate resolvedTo(DefinedName name) {
        return new Candidate(field, sentence, tokFrom, tokTo, start, end, text, name.key(), name.display(), name.type(),
                ExtractionRule.CORPUS_ACRONYM, name.specific(), role, confidence);
    }
}
