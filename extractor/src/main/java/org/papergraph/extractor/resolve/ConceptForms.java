package org.papergraph.extractor.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The written forms of every concept of the corpus, read once: each concept's key and names as variants, the
 * content words of each, and the aliases as buckets, so that clustering never compares all pairs.
 */
final class ConceptForms {

    /**
     * The words of a long form that say what it is: no joining words, no trailing generic head.
     *
     * @param variantKey the variant key of the form they come from
     * @param restKey    the variant key without its generic head, or null when it has none
     * @param joined     the words run together, so "multi modal" and "multimodal" can be found in each other
     */
    record Content(String variantKey, String restKey, Set<String> words, String joined) {

        /** True when the form is {@code key}, perhaps with a generic head after it: "LLM architectures" is LLM. */
        boolean is(String key) {
            return variantKey.equals(key) || key.equals(restKey);
        }

        /** One is the other with words added: both name the same thing, one more fully. */
        boolean compatible(Content o) {
            if (words.isEmpty() || o.words.isEmpty()) {
                return false;
            }
            return words.containsAll(o.words) || o.words.containsAll(words)
                    || joined.contains(o.joined) || o.joined.contains(joined);
        }
    }

    final List<ConceptEvidence> concepts;
    /** Per concept: the variants of its key and of each of its names. */
    final List<List<VariantKeys.Variant>> variants = new ArrayList<>();
    /** Per concept: the content words of its key and of each of its names. */
    final List<List<Content>> contents = new ArrayList<>();
    /** Concepts by the variant keys of their own key and names. */
    final Map<String, List<Integer>> byVariantKey = new HashMap<>();
    /** Per alias variant key: each concept using such an alias, and how often it did. */
    final Map<String, Map<Integer, Integer>> aliasUses = new HashMap<>();
    /** Per alias variant key: the aliases as written. */
    final Map<String, Set<String>> aliasForms = new HashMap<>();

    ConceptForms(List<ConceptEvidence> concepts, VariantKeys keys) {
        this.concepts = concepts;
        for (int i = 0; i < concepts.size(); i++) {
            ConceptEvidence c = concepts.get(i);
            Set<String> forms = new LinkedHashSet<>();
            forms.add(c.key());
            forms.addAll(c.names().keySet());
            List<VariantKeys.Variant> vs = new ArrayList<>();
            List<Content> cs = new ArrayList<>();
            for (String form : forms) {
                VariantKeys.Variant v = keys.variant(form);
                if (v.key().isEmpty()) {
                    continue;
                }
                vs.add(v);
                List<String> words = v.words();
                String restKey = null;
                if (v.head() != null) {
                    words = words.subList(0, words.size() - 1);
                    restKey = v.head().restKey();
                }
                cs.add(new Content(v.key(), restKey, Set.copyOf(words), String.join("", words)));
                List<Integer> same = byVariantKey.computeIfAbsent(v.key(), k -> new ArrayList<>());
                if (same.isEmpty() || same.get(same.size() - 1) != i) {
                    same.add(i);
                }
            }
            variants.add(vs);
            contents.add(cs);
            int concept = i;
            c.aliases().forEach((alias, count) -> {
                String k = keys.key(alias);
                if (!k.isEmpty()) {
                    aliasUses.computeIfAbsent(k, x -> new HashMap<>()).merge(concept, count, Integer::sum);
                    aliasForms.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(alias);
                }
            });
        }
    }

    int size() {
        return concepts.size();
    }

    /** True when concept {@code i} goes by some name other than {@code variantKey}: it is not just that alias. */
    boolean namedOtherwise(int i, String variantKey) {
        return contents.get(i).stream().anyMatch(c -> !c.is(variantKey));
    }
}
