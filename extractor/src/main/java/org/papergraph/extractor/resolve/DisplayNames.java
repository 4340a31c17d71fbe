package org.papergraph.extractor.resolve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.papergraph.extractor.nlp.Normalise;

/** Which of a cluster's names it shows. */
final class DisplayNames {

    private DisplayNames() {
    }

    /**
     * The most used spelling (names and aliases counted together when only case, hyphens or a plural tell them
     * apart), then its most given writing. Ties go to the longer, fuller name; between writings of one name, a
     * specific artefact keeps its capitals ("Low-Rank Adaptation") and a general class reads in lower case. An
     * acronym some long form of the cluster stands for is shown only when the cluster has no other name (long
     * form over acronym, as a paper's gold name is). Null when there are no names.
     *
     * @param acronymsSpeltOut acronyms (lower case) that a long form of the cluster uses as its alias
     */
    static String choose(Map<String, Integer> names, Map<String, Integer> aliases, Set<String> acronymsSpeltOut,
                         boolean specific) {
        Map<String, Integer> shown = names.entrySet().stream()
                .filter(e -> !NameShapes.acronym(e.getKey())
                        || !acronymsSpeltOut.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (shown.isEmpty()) {
            shown = names;
        }
        Map<String, Integer> bySpelling = new HashMap<>();
        shown.forEach((n, c) -> bySpelling.merge(Normalise.key(n), c, Integer::sum));
        // An alias written like a name is one more use of that spelling: "Reinforcement Learning from Human
        // Feedback" as a paper wrote it supports the name "reinforcement learning from human feedback".
        aliases.forEach((a, c) -> bySpelling.computeIfPresent(Normalise.key(a), (s, n) -> n + c));
        String spelling = best(bySpelling, Comparator.comparingInt(String::length));
        if (spelling == null) {
            return null;
        }
        Comparator<String> capitals = Comparator.comparingLong(n -> n.codePoints().filter(Character::isUpperCase).count());
        return best(shown.entrySet().stream().filter(e -> Normalise.key(e.getKey()).equals(spelling))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                (specific ? capitals : capitals.reversed()).thenComparingInt(String::length));
    }

    /** The most counted string; ties by {@code tie} (greater wins), then the first in natural order. */
    private static String best(Map<String, Integer> counts, Comparator<String> tie) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, tie)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
