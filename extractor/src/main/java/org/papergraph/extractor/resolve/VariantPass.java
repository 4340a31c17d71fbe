package org.papergraph.extractor.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the concepts whose key or names share a variant key, and a name with a generic head to the name without
 * it where the head may go: "Chain-of-Knowledge prompting" to "Chain-of-Knowledge" (a specific name), "in-context
 * learning ability" to "in-context learning" (a name the corpus knows), never "language model" to "language".
 */
final class VariantPass {

    private VariantPass() {
    }

    /** One pass over every form; true when it joined clusters that were apart. */
    static boolean run(ConceptForms forms, UnionFind clusters) {
        boolean[] specificCluster = specificClusters(forms, clusters);
        Map<String, Integer> firstWith = new HashMap<>();
        boolean joined = false;
        for (int i = 0; i < forms.size(); i++) {
            for (VariantKeys.Variant v : forms.variants.get(i)) {
                joined |= join(firstWith, v.key(), i, clusters);
                VariantKeys.Head head = v.head();
                if (head != null && mayDrop(head, forms, clusters, specificCluster)) {
                    joined |= join(firstWith, head.restKey(), i, clusters);
                }
            }
        }
        return joined;
    }

    private static boolean join(Map<String, Integer> firstWith, String variantKey, int i, UnionFind clusters) {
        Integer first = firstWith.putIfAbsent(variantKey, i);
        return first != null && clusters.union(first, i);
    }

    private static boolean mayDrop(VariantKeys.Head head, ConceptForms forms, UnionFind clusters, boolean[] specific) {
        List<Integer> rest = forms.byVariantKey.get(head.restKey());
        return switch (head.drop()) {
            case KNOWN -> rest != null;
            case ANY -> head.restNamed() || rest != null;
            // A specific cluster, not a specific key: the flag is the cluster's, so clustering again finds the same.
            case NAMED -> head.restNamed() || rest != null && rest.stream().anyMatch(c -> specific[clusters.find(c)]);
        };
    }

    /** Per cluster root: whether any of its concepts is a named artefact. */
    private static boolean[] specificClusters(ConceptForms forms, UnionFind clusters) {
        boolean[] out = new boolean[forms.size()];
        for (int i = 0; i < forms.size(); i++) {
            out[clusters.find(i)] |= forms.concepts.get(i).specific();
        }
        return out;
    }
}
