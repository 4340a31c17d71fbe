package org.papergraph.extractor.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a store of kept links must change when papers are added, changed or removed, found from the papers the
 * change can reach rather than from the whole corpus. The store keeps, on each link, the papers among whose
 * strongest links it is ({@code rankedBy}), and applies an update so:
 * <ol>
 *   <li>removes every {@link #affected} paper from {@code rankedBy} of every link touching an affected paper;</li>
 *   <li>deletes the links of removed papers;</li>
 *   <li>for each {@link Ranking}, creates its link or sets its weight and concepts, and adds its paper to the
 *       link's {@code rankedBy};</li>
 *   <li>deletes every link touching an affected paper whose {@code rankedBy} is empty.</li>
 * </ol>
 * The affected papers are the changed ones and every paper naming a concept a changed paper names, before or
 * after the change, even one named by too many papers to link, since crossing that limit changes links too; the
 * rankings are their {@link ConceptLinkIndex#topLinks}.
 * The store then holds exactly the links {@link ConceptLinks#links} computes afresh: a weight depends only on
 * the document frequencies of the shared concepts, so a paper outside the affected ones, which names no concept
 * whose frequency changed and shares none with a changed paper, keeps the same strongest links with the same
 * weights, and so does every link it ranks.
 *
 * @param affected the papers whose rankings are replaced, removed ones included
 * @param rankings every link an affected paper still in the corpus ranks among its strongest
 */
public record LinkUpdate(Set<String> affected, List<Ranking> rankings) {

    /** {@code paper} ranks {@code link} among its strongest. */
    public record Ranking(String paper, ConceptLinks.Link link) {
    }

    /**
     * Removes papers from the index, then puts papers in it (a paper in both is put), and says what the kept
     * links must change for it. Putting every paper in an empty index gives the rankings of a fresh build.
     *
     * @param put paper id -> its linking concepts now
     */
    public static LinkUpdate apply(ConceptLinkIndex index, Map<String, ? extends Collection<String>> put,
                                   Collection<String> removed) {
        Set<String> changed = new TreeSet<>(removed);
        changed.addAll(put.keySet());
        Set<String> concepts = new HashSet<>();
        changed.forEach(p -> concepts.addAll(index.concepts(p)));
        removed.forEach(index::remove);
        put.forEach(index::put);
        put.values().forEach(concepts::addAll);
        Set<String> affected = new TreeSet<>(changed);
        for (String paper : index.papers()) {
            if (index.concepts(paper).stream().anyMatch(concepts::contains)) {
                affected.add(paper);
            }
        }
        List<Ranking> rankings = new ArrayList<>();
        for (String paper : affected) {
            index.topLinks(paper).forEach(l -> rankings.add(new Ranking(paper, l)));
        }
        return new LinkUpdate(Set.copyOf(affected), List.copyOf(rankings));
    }
}
