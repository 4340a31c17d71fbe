package org.papergraph.extractor;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.PaperConcepts;

/** Distinct concepts by type, and mentions, counted paper by paper: the figures an extraction's summary gives. */
final class ConceptTally {

    private final Map<String, ConceptType> typeById = new HashMap<>();
    private long mentions;

    void add(PaperConcepts paper) {
        paper.concepts().forEach(c -> {
            typeById.put(c.id(), c.type());
            mentions += c.mentions().size();
        });
    }

    /** Distinct concepts of each type, every type listed (a concept has one type across the collection). */
    Map<ConceptType, Integer> byType() {
        Map<ConceptType, Integer> out = new EnumMap<>(ConceptType.class);
        for (ConceptType t : ConceptType.values()) {
            out.put(t, 0);
        }
        typeById.values().forEach(t -> out.merge(t, 1, Integer::sum));
        return out;
    }

    long distinct() {
        return typeById.size();
    }

    long mentions() {
        return mentions;
    }
}
