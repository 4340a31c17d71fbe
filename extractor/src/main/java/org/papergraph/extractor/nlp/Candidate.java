package org.papergraph.extractor.nlp;

import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Role;

/**
 * A span of a paper that may name a concept, before mentions are grouped into concepts.
 *
 * @param key      normalised name under which mentions of one concept meet (the long form's, for an acronym)
 * @param display  the name to show: the long form, or the lexicon's name
 * @param tokFrom  first token of the span in its sentence; {@code tokTo} is exclusive
 */
record Candidate(String field, int sentence, int tokFrom, int tokTo, int start, int end, String text,
                 String key, String display, ConceptType type, Source source, boolean specific, Role role,
                 double confidence) {

    /** Where a candidate comes from; earlier sources win over later ones for the same words. */
    enum Source { ACRONYM, LEXICON, NAME, PHRASE }

    boolean overlaps(Candidate o) {
        return field.equals(o.field) && start < o.end && o.start < end;
    }

    Candidate withRole(Role r) {
        return new Candidate(field, sentence, tokFrom, tokTo, start, end, text, key, display, type, source, specific,
                r, confidence);
    }

    Candidate withText(String newText, String newKey, String newDisplay) {
        return new Candidate(field, sentence, tokFrom, tokTo, start, end, newText, newKey, newDisplay, type, source,
                specific, role, confidence);
    }

    Candidate resolvedTo(String newKey, String newDisplay, ConceptType newType, boolean newSpecific) {
        return new Candidate(field, sentence, tokFrom, tokTo, start, end, text, newKey, newDisplay, newType, source,
                newSpecific, role, confidence);
    }
}
