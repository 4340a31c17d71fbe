package org.papergraph.extractor.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.nlp.Normalise;

/** Evidence for tests: a concept under its name's key, given that name once a paper. */
final class Evidence {

    private Evidence() {
    }

    /** One paper's Method, specific when its name has a capital (as a title-cased long form is). */
    static ConceptEvidence of(String name, String... aliases) {
        return of(name, ConceptType.METHOD, 1.0, 1, aliases);
    }

    /** {@code papers} papers each giving the name, the aliases and a vote of {@code weight} for {@code type}. */
    static ConceptEvidence of(String name, ConceptType type, double weight, int papers, String... aliases) {
        Map<String, Integer> as = new HashMap<>();
        Arrays.stream(aliases).forEach(a -> as.merge(a, papers, Integer::sum));
        return new ConceptEvidence(Normalise.key(name), Map.of(name, papers), as, Map.of(type, weight * papers), papers,
                !name.equals(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** What a cluster says, without its members' keys (which clustering the clusters again replaces by one). */
    static String summary(Cluster c) {
        return c.key() + " | " + c.name() + " | " + c.type() + " | " + c.specific() + " | "
                + c.aliases().stream().sorted().toList();
    }
}
