package org.papergraph.extractor.model;

import java.util.Locale;

/** The six kinds of concept papergraph extracts. */
public enum ConceptType {
    METHOD, MODEL, DATASET, BENCHMARK, TASK, METRIC;

    /** The name used in JSON, RDF class names and Neo4j labels: {@code Method}, {@code Model}... */
    public String label() {
        String n = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    public static ConceptType fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
