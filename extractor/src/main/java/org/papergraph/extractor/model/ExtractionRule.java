package org.papergraph.extractor.model;

import java.util.Locale;

/**
 * The rule families that find concept mentions, and the corpus-wide step that can re-attribute one. Each mention
 * says which of them found it, so a concept can be traced to the rules behind it.
 */
public enum ExtractionRule {
    /** "Long Form (LF)" or "LF (Long Form)": both spans, and later uses of either in the same paper. */
    ACRONYM_DEFINITION,
    /** The name before a title's colon ("Cooper: Co-Optimizing ..."), and its uses in the abstract. */
    TITLE_NAME,
    /** A name or alias from the lexicon of well-known concepts, also before a descriptive suffix ("BERT-based"). */
    LEXICON,
    /** A word shaped like a name: CamelCase, letters with digits, an acronym, a proper noun with a version. */
    NAME_SHAPE,
    /** A noun phrase whose head noun gives it a type ("contrastive learning", "image captioning"). */
    TYPED_PHRASE,
    /** What the authors say they propose, by a description: "we propose a two-stage curriculum framework". */
    PROPOSED_PHRASE,
    /** A bare acronym resolved to the long form another paper of the collection defines. */
    CORPUS_ACRONYM;

    /** The name used in JSON, RDF and Neo4j: {@code acronym-definition}, {@code lexicon}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ExtractionRule fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
