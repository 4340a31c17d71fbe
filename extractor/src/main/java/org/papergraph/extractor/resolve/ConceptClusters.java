package org.papergraph.extractor.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node per concept: the corpus's concept keys grouped into clusters that name the same concept, each with one
 * key, name, type and set of aliases. Keys join when their key or names are variants of each other (spelling,
 * joining words, hyphens, plurals, a generic head after a specific name: see {@link VariantKeys}), or when they
 * share an alias that cannot mean two things (see {@link SharedAliases}). Both passes repeat until neither joins
 * anything more, so clustering the clusters again changes nothing. Work grows with the number of forms and
 * aliases: keys are found through hash buckets of variant keys and aliases, never compared all against all.
 *
 * <pre>{@code
 * ConceptClusters clusters = ConceptClusters.of(evidence);
 * Cluster c = clusters.clusterOf(candidate.key());   // c.key(), c.name(), c.type(), c.aliases()
 * }</pre>
 */
public final class ConceptClusters {

    private static final VariantKeys VARIANTS = VariantKeys.load();

    private final Map<String, Cluster> byKey;
    private final List<Cluster> clusters;
    private final Set<String> ambiguousAliases;

    private ConceptClusters(List<Cluster> clusters, Set<String> ambiguousAliases) {
        this.clusters = List.copyOf(clusters);
        this.ambiguousAliases = Set.copyOf(ambiguousAliases);
        this.byKey = new HashMap<>();
        clusters.forEach(c -> c.members().forEach(m -> byKey.put(m, c)));
    }

    /** Clusters {@code concepts}, one per key; their order does not matter. */
    public static ConceptClusters of(Collection<ConceptEvidence> concepts) {
        List<ConceptEvidence> sorted = concepts.stream().sorted(Comparator.comparing(ConceptEvidence::key)).toList();
        Set<String> keys = new HashSet<>();
        sorted.forEach(c -> {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("two concepts with the key " + c.key());
            }
        });
        ConceptForms forms = new ConceptForms(sorted, VARIANTS);
        UnionFind union = new UnionFind(forms.size());
        SharedAliases shared = new SharedAliases(forms, union);
        boolean joined = true;
        while (joined) {
            joined = VariantPass.run(forms, union);
            joined |= shared.run();
        }
        Map<Integer, List<ConceptEvidence>> members = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            members.computeIfAbsent(union.find(i), r -> new ArrayList<>()).add(sorted.get(i));
        }
        List<Cluster> out = members.values().stream().map(Cluster::of)
                .sorted(Comparator.comparing(Cluster::key)).toList();
        Set<String> ambiguous = new TreeSet<>();
        shared.ambiguous().forEach(a -> ambiguous.addAll(forms.aliasForms.get(a)));
        return new ConceptClusters(out, ambiguous);
    }

    /** The cluster of a key given to {@link #of}. */
    public Cluster clusterOf(String key) {
        Cluster c = byKey.get(key);
        if (c == null) {
            throw new IllegalArgumentException("no concept with the key " + key);
        }
        return c;
    }

    /** The canonical key of the cluster of {@code key}: what all its members' mentions are filed under. */
    public String canonicalKey(String key) {
        return clusterOf(key).key();
    }

    /** Every cluster, by canonical key. */
    public List<Cluster> clusters() {
        return clusters;
    }

    /**
     * Aliases (as written) left on two or more clusters because their long forms disagree, like SAM for Segment
     * Anything Model and for Sharpness-Aware Minimization. A concept named only by such an alias has joined the
     * long form it means by a clear margin, if one does ({@link SharedAliases#MARGIN}); otherwise it stays apart.
     * A paper using one without spelling it out names none of them for certain: it should not be resolved to
     * whichever long form the corpus gave first.
     */
    public Set<String> ambiguousAliases() {
        return ambiguousAliases;
    }
}
