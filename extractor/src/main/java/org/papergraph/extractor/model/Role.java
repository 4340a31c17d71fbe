package org.papergraph.extractor.model;

import java.util.Locale;

/** How a paper relates to a concept it names. */
public enum Role {
    PROPOSES, USES, EVALUATES_ON, COMPARES, ADDRESSES, MENTIONS;

    /** The name used in JSON and as the RDF property: {@code proposes}, {@code evaluates_on}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
