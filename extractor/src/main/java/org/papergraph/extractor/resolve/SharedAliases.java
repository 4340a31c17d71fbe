package org.papergraph.extractor.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins concepts that share an alias, when the alias cannot mean two things. For each alias (by variant key), the
 * clusters using it or named by it are either long forms (they go by another name too) or bare (the alias is all
 * they are called). Long forms that are variants of each other, or whose content words one contains the other's
 * ("Sparse Mixture Routing framework", "Sparse Mixture Routing"), are one concept. When all long forms agree, the
 * bare clusters join them: Meta-RTL the Benchmark is the Meta-RTL framework some paper spelt out. When they
 * disagree (SAM: Segment Anything Model, Sharpness-Aware Minimization), the alias is ambiguous, and a bare cluster
 * joins one of them only by a clear margin: see {@link #MARGIN}.
 */
final class SharedAliases {

    /**
     * A bare use of an ambiguous alias goes to the long form that uses the alias at least this many times as often
     * as the runner-up: then at least three uses in four of the defined alias mean that long form, and a reader
     * meeting the bare alias would read it so. Below that, the bare cluster stays apart, joined to none.
     */
    static final int MARGIN = 3;

    private final ConceptForms forms;
    private final UnionFind clusters;
    private final Set<String> ambiguous = new HashSet<>();
    /** Per concept, its cluster's root and size when the last pass began: what the last decisions were made on. */
    private final int[] seenRoot;
    private final int[] seenSize;

    SharedAliases(ConceptForms forms, UnionFind clusters) {
        this.forms = forms;
        this.clusters = clusters;
        this.seenRoot = new int[forms.size()];
        this.seenSize = new int[forms.size()];
        Arrays.fill(seenRoot, -1);
    }

    /**
     * One pass over every alias whose clusters changed since the last pass (a decision on the same clusters would
     * be the same), deciding on the clusters as they stand at its start, so the order of aliases does not matter;
     * true when it joined clusters that were apart.
     */
    boolean run() {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            members.computeIfAbsent(clusters.find(i), r -> new ArrayList<>()).add(i);
        }
        List<int[]> joins = new ArrayList<>();
        forms.aliasUses.forEach((alias, uses) -> {
            if (changed(uses.keySet()) || changed(forms.byVariantKey.getOrDefault(alias, List.of()))) {
                ambiguous.remove(alias);
                decide(alias, uses, members, joins);
            }
        });
        for (int i = 0; i < forms.size(); i++) {
            seenRoot[i] = clusters.find(i);
            seenSize[i] = clusters.size(i);
        }
        boolean joined = false;
        for (int[] j : joins) {
            joined |= clusters.union(j[0], j[1]);
        }
        return joined;
    }

    /** The variant keys of the aliases left on two or more clusters. */
    Set<String> ambiguous() {
        return Set.copyOf(ambiguous);
    }

    /** True when a concept's cluster is not the one the last pass saw: another root, or more members. */
    private boolean changed(Collection<Integer> concepts) {
        for (int c : concepts) {
            if (clusters.find(c) != seenRoot[c] || clusters.size(c) != seenSize[c]) {
                return true;
            }
        }
        return false;
    }

    private void decide(String alias, Map<Integer, Integer> uses, Map<Integer, List<Integer>> members,
                        List<int[]> joins) {
        Set<Integer> roots = new LinkedHashSet<>();
        uses.keySet().forEach(c -> roots.add(clusters.find(c)));
        forms.byVariantKey.getOrDefault(alias, List.of()).forEach(c -> roots.add(clusters.find(c)));
        if (roots.size() < 2) {
            return;
        }
        List<Integer> longForms = new ArrayList<>();
        List<Integer> bare = new ArrayList<>();
        for (int root : roots) {
            boolean named = members.get(root).stream().anyMatch(c -> forms.namedOtherwise(c, alias));
            (named ? longForms : bare).add(root);
        }
        List<List<Integer>> groups = agreeing(longForms, alias, members);
        groups.forEach(g -> g.forEach(r -> joins.add(new int[] {g.get(0), r})));
        if (groups.isEmpty()) {
            return;
        }
        if (groups.size() > 1) {
            ambiguous.add(alias);
        }
        List<Integer> target = groups.size() == 1 ? groups.get(0) : clearWinner(groups, uses, members);
        if (target != null) {
            bare.forEach(r -> joins.add(new int[] {target.get(0), r}));
        }
    }

    /** The long-form clusters grouped so that each group holds the ones naming one concept. */
    private List<List<Integer>> agreeing(List<Integer> longForms, String alias, Map<Integer, List<Integer>> members) {
        List<Set<ConceptForms.Content>> contents = new ArrayList<>();
        for (int root : longForms) {
            Set<ConceptForms.Content> cs = new LinkedHashSet<>();
            members.get(root).forEach(c -> forms.contents.get(c).stream()
                    .filter(x -> !x.is(alias)).forEach(cs::add));
            contents.add(cs);
        }
        UnionFind agree = new UnionFind(longForms.size());
        for (int a = 0; a < longForms.size(); a++) {
            for (int b = a + 1; b < longForms.size(); b++) {
                if (compatible(contents.get(a), contents.get(b))) {
                    agree.union(a, b);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int a = 0; a < longForms.size(); a++) {
            groups.computeIfAbsent(agree.find(a), g -> new ArrayList<>()).add(longForms.get(a));
        }
        return List.copyOf(groups.values());
    }

    private static boolean compatible(Set<ConceptForms.Content> a, Set<ConceptForms.Content> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::compatible));
    }

    /** The group that uses the alias {@link #MARGIN} times as often as any other, or null. */
    private List<Integer> clearWinner(List<List<Integer>> groups, Map<Integer, Integer> uses,
                                      Map<Integer, List<Integer>> members) {
        List<Integer> best = null;
        long bestUses = 0;
        long runnerUp = 0;
        for (List<Integer> g : groups) {
            long n = g.stream().flatMap(r -> members.get(r).stream()).mapToLong(c -> uses.getOrDefault(c, 0)).sum();
            if (n > bestUses) {
                runnerUp = bestUses;
                bestUses = n;
                best = g;
            } else {
                runnerUp = Math.max(runnerUp, n);
            }
        }
        return bestUses >= MARGIN * runnerUp ? best : null;
    }
}
