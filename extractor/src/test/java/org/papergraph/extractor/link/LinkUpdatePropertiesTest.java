package org.papergraph.extractor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Keeping stored links up to date with {@link LinkUpdate}, change after change, gives exactly the links a fresh
 * build computes from the final corpus. Corpora are small and draw from a small vocabulary, so concepts are
 * shared, frequencies collide and some concepts pass a small limit of papers per concept.
 */
class LinkUpdatePropertiesTest {

    private static final List<String> PAPERS = List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
    private static final List<String> CONCEPTS = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7");

    /** Papers put with their concepts now, and papers removed (a paper in both is put). */
    record Change(Map<String, Set<String>> put, Set<String> removed) {
    }

    @Property(tries = 2000)
    void updatingStoredLinksGivesTheLinksOfAFreshBuild(@ForAll("corpora") Map<String, Set<String>> corpus,
                                                       @ForAll("changes") List<Change> changes,
                                                       @ForAll @IntRange(min = 1, max = 2) int maxLinksPerPaper,
                                                       @ForAll @IntRange(min = 2, max = 4) int maxPapersPerConcept) {
        ConceptLinks rules = new ConceptLinks(maxLinksPerPaper, maxPapersPerConcept);
        ConceptLinkIndex index = rules.index();
        RankedLinkStore store = new RankedLinkStore();
        store.apply(LinkUpdate.apply(index, corpus, Set.of()), Set.of());
        Map<String, Set<String>> now = new HashMap<>(corpus);
        assertEquals(rules.links(now), store.links(), "a first build");
        boolean tooCommon = tooCommon(now.values(), maxPapersPerConcept);
        boolean dropped = dropped(now, maxLinksPerPaper, maxPapersPerConcept);
        for (Change change : changes) {
            LinkUpdate update = LinkUpdate.apply(index, change.put(), change.removed());
            store.apply(update, change.removed());
            now.keySet().removeAll(change.removed());
            now.putAll(change.put());
            assertEquals(now.keySet(), index.papers());
            assertEquals(rules.links(now), store.links(), "after " + change);
            tooCommon |= tooCommon(now.values(), maxPapersPerConcept);
            dropped |= dropped(now, maxLinksPerPaper, maxPapersPerConcept);
            Statistics.label("some papers unaffected").collect(update.affected().size() < now.size())
                    .coverage(c -> c.check(true).percentage(p -> p > 20));
        }
        // The corpora must link, pass the limits and leave papers unaffected often enough for the check to mean something.
        Statistics.label("links").collect(!store.links().isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p > 50));
        Statistics.label("a concept too common to link").collect(tooCommon)
                .coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("links beyond a paper's strongest dropped")
                .collect(dropped)
                .coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    /** Whether some paper has more links than it may keep. */
    private static boolean dropped(Map<String, Set<String>> corpus, int maxLinksPerPaper, int maxPapersPerConcept) {
        ConceptLinkIndex unlimited = new ConceptLinks(PAPERS.size(), maxPapersPerConcept).index();
        corpus.forEach(unlimited::put);
        return corpus.keySet().stream().anyMatch(p -> unlimited.topLinks(p).size() > maxLinksPerPaper);
    }

    private static boolean tooCommon(Collection<Set<String>> conceptsByPaper, int maxPapersPerConcept) {
        Map<String, Integer> df = new HashMap<>();
        conceptsByPaper.forEach(cs -> cs.forEach(c -> df.merge(c, 1, Integer::sum)));
        return df.values().stream().anyMatch(n -> n > maxPapersPerConcept);
    }

    @Provide
    Arbitrary<Map<String, Set<String>>> corpora() {
        return papers(0.3);
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Set<String>> removed = Arbitraries.of(PAPERS).set().ofMaxSize(3);
        return Combinators.combine(papers(0.8), removed).as(Change::new).list().ofMinSize(1).ofMaxSize(3);
    }

    /** Some of {@link #PAPERS}, each absent with this probability, with up to three concepts each. */
    private static Arbitrary<Map<String, Set<String>>> papers(double absent) {
        // One draw per paper: generating maps of distinct keys is much slower in jqwik.
        return Arbitraries.of(CONCEPTS).set().ofMaxSize(3).injectNull(absent).list().ofSize(PAPERS.size()).map(sets -> {
            Map<String, Set<String>> out = new HashMap<>();
            for (int i = 0; i < sets.size(); i++) {
                if (sets.get(i) != null) {
                    out.put(PAPERS.get(i), sets.get(i));
                }
            }
            return out;
        });
    }
}
