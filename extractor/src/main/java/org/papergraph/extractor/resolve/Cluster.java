package org.papergraph.extractor.resolve;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;

/**
 * The concept a cluster of keys names, for every paper.
 *
 * @param key      the canonical key: the member key whose names include the chosen name most often
 * @param name     the name to show (see {@link DisplayNames#choose})
 * @param type     the type with the most vote weight over all members
 * @param specific true if any member is a named artefact
 * @param aliases  every other form the members were given (aliases, other members' names), most used first
 * @param members  the member keys, sorted
 * @param evidence the members' evidence added up under {@code key} (papers naming two members count twice):
 *                 clustering these again changes nothing
 */
public record Cluster(String key, String name, ConceptType type, boolean specific, List<String> aliases,
                      List<String> members, ConceptEvidence evidence) {

    public Cluster {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }

    static Cluster of(List<ConceptEvidence> members) {
        ConceptEvidence all = ConceptEvidence.sum(members.get(0).key(), members);
        String shown = DisplayNames.choose(all.names(), all.aliases(), acronymsSpeltOut(members), all.specific());
        String key = canonicalKey(members, shown);
        String name = shown != null ? shown : mostUsed(all.aliases(), key);
        ConceptEvidence evidence = new ConceptEvidence(key, all.names(), all.aliases(), all.types(), all.papers(),
                all.specific());
        return new Cluster(key, name, type(all.types()), all.specific(), aliases(all, name),
                members.stream().map(ConceptEvidence::key).sorted().toList(), evidence);
    }

    /** The acronyms, lower case, that members with a long form use as aliases. */
    private static Set<String> acronymsSpeltOut(List<ConceptEvidence> members) {
        Set<String> out = new HashSet<>();
        for (ConceptEvidence m : members) {
            if (m.names().keySet().stream().anyMatch(n -> !NameShapes.acronym(n))) {
                m.aliases().keySet().stream().filter(NameShapes::acronym)
                        .forEach(a -> out.add(a.toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** The member giving {@code name} most often; without a name, the member named by most papers. */
    private static String canonicalKey(List<ConceptEvidence> members, String name) {
        Comparator<ConceptEvidence> support = name == null ? Comparator.comparingInt(ConceptEvidence::papers)
                : Comparator.comparingInt(m -> m.names().getOrDefault(name, 0));
        return members.stream().max(support.thenComparing(ConceptEvidence::key, Comparator.reverseOrder()))
                .orElseThrow().key();
    }

    private static String mostUsed(Map<String, Integer> aliases, String fallback) {
        return aliases.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(fallback);
    }

    /** Ties go to the type listed first in {@link ConceptType}, so the choice never depends on input order. */
    private static ConceptType type(Map<ConceptType, Double> votes) {
        Map<ConceptType, Double> ordered = new EnumMap<>(votes);
        return ordered.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey();
    }

    private static List<String> aliases(ConceptEvidence all, String name) {
        Map<String, Integer> forms = new HashMap<>(all.aliases());
        all.names().forEach((n, c) -> forms.merge(n, c, Integer::sum));
        forms.remove(name);
        return forms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }
}
