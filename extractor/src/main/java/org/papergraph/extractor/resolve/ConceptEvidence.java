package org.papergraph.extractor.resolve;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.papergraph.extractor.model.ConceptType;

/**
 * What the corpus says about one concept key, as the corpus-wide step has gathered it.
 *
 * @param key      the concept key (normalised name) the papers' mentions met under
 * @param names    display names given to it (long forms, the lexicon's name), each with how often it was given
 * @param aliases  other forms the texts used for it (acronyms, spellings), each with how often it was used
 * @param types    type votes: each type with the summed weight of the mentions (or papers) supporting it
 * @param papers   how many papers name it
 * @param specific whether it is a named artefact rather than a general class
 */
public record ConceptEvidence(String key, Map<String, Integer> names, Map<String, Integer> aliases,
                              Map<ConceptType, Double> types, int papers, boolean specific) {

    public ConceptEvidence {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("concept " + key + " has no type vote");
        }
        names = Map.copyOf(names);
        aliases = Map.copyOf(aliases);
        types = Map.copyOf(types);
    }

    /** The evidence of {@code parts} together, under {@code key}: counts and votes added, specific if any part is. */
    static ConceptEvidence sum(String key, Collection<ConceptEvidence> parts) {
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> aliases = new HashMap<>();
        Map<ConceptType, Double> types = new EnumMap<>(ConceptType.class);
        int papers = 0;
        boolean specific = false;
        for (ConceptEvidence e : parts) {
            e.names.forEach((n, c) -> names.merge(n, c, Integer::sum));
            e.aliases.forEach((a, c) -> aliases.merge(a, c, Integer::sum));
            e.types.forEach((t, w) -> types.merge(t, w, Double::sum));
            papers += e.papers;
            specific |= e.specific;
        }
        return new ConceptEvidence(key, names, aliases, types, papers, specific);
    }
}
