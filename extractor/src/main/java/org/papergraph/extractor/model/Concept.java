package org.papergraph.extractor.model;

import java.util.List;

/**
 * A concept as one paper names it.
 *
 * @param id         corpus-wide id: papers naming the same concept share it
 * @param name       canonical name (the long form where the text defines an acronym)
 * @param aliases    other forms seen: acronyms, long forms, plural and singular variants
 * @param specific   a named artefact (GRPO, CoSOD3k) rather than a general class (contrastive learning)
 * @param confidence in [0,1]
 */
public record Concept(String id, String name, ConceptType type, List<String> aliases, Role role,
                      double confidence, boolean specific, List<Mention> mentions) {
    public Concept {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** The rules that found this concept's mentions, in {@link ExtractionRule} order. */
    public List<ExtractionRule> foundBy() {
        return mentions.stream().map(Mention::rule).distinct().sorted().toList();
    }
}
