package org.papergraph.extractor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptLinksTest {

    /** The weight a concept named by {@code df} papers adds, from the documented formula. */
    private static double idf(int df) {
        return Math.log((ConceptLinks.MAX_PAPERS_PER_CONCEPT + 1.0) / df);
    }

    private static double rounded(double weight) {
        return Math.round(weight * 1000) / 1000.0;
    }

    private static ConceptLinks.Link link(List<ConceptLinks.Link> links, String a, String b) {
        return links.stream().filter(l -> l.a().equals(a) && l.b().equals(b)).findFirst().orElseThrow();
    }

    @Test
    void rareSharedConceptsWeighMoreThanCommonOnes() {
        Map<String, List<String>> papers = Map.of(
                "a", List.of("rare", "common"),
                "b", List.of("common", "rare"),
                "c", List.of("common"),
                "d", List.of("common"));
        List<ConceptLinks.Link> links = new ConceptLinks(10).links(papers);
        ConceptLinks.Link ab = link(links, "a", "b");
        ConceptLinks.Link cd = link(links, "c", "d");
        assertEquals(List.of("common", "rare"), ab.concepts());
        assertEquals(rounded(idf(4) + idf(2)), ab.weight(), 1e-9);
        assertEquals(rounded(idf(4)), cd.weight(), 1e-9);
        assertTrue(ab.weight() > cd.weight());
        assertEquals(6, links.size(), "every pair shares 'common'");
    }

    @Test
    void aLinksWeightDoesNotDependOnHowManyPapersThereAre() {
        Map<String, List<String>> papers = new HashMap<>(Map.of("a", List.of("x", "y"), "b", List.of("x", "y")));
        double alone = link(new ConceptLinks(10).links(papers), "a", "b").weight();
        for (int i = 0; i < 100; i++) {
            papers.put("other" + i, List.of("z" + i % 7));
        }
        assertEquals(rounded(2 * idf(2)), alone, 1e-9);
        assertEquals(alone, link(new ConceptLinks(10).links(papers), "a", "b").weight(), 1e-9);
    }

    @Test
    void eachPaperKeepsItsStrongestLinksSoLinksGrowLinearly() {
        Map<String, List<String>> papers = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            // 20 topics of 10 papers each, plus one concept half the papers share
            papers.put(String.format("p%03d", i), i % 2 == 0 ? List.of("topic" + i % 20, "half") : List.of("topic" + i % 20));
        }
        List<ConceptLinks.Link> links = new ConceptLinks(3).links(papers);
        assertTrue(links.size() <= 200 * 3, "at most maxLinksPerPaper per paper: " + links.size());
        Map<String, Integer> degree = new HashMap<>();
        links.forEach(l -> {
            degree.merge(l.a(), 1, Integer::sum);
            degree.merge(l.b(), 1, Integer::sum);
        });
        assertEquals(200, degree.size(), "every paper keeps some link");
        assertTrue(links.stream().allMatch(l -> l.concepts().stream().anyMatch(c -> c.startsWith("topic"))),
                "kept links are the strong topic links, not the weak 'half' ones");
    }

    @Test
    void aConceptNamedByAsManyPapersAsAllowedLinksEachOnlyToItsStrongest() {
        int n = ConceptLinks.MAX_PAPERS_PER_CONCEPT;
        int k = 10;
        Map<String, List<String>> papers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            papers.put(String.format("p%03d", i), List.of("everywhere"));
        }
        List<ConceptLinks.Link> links = new ConceptLinks(k).links(papers);
        // All links weigh the same, so ties go by ids: p000..p009 rank each other and p010; every later paper
        // ranks its links to p000..p009. That is the pairs among the first k, and k for each later paper.
        assertEquals(k * (k - 1) / 2 + (n - k) * k, links.size());
        assertTrue(links.stream().allMatch(l -> l.weight() == rounded(idf(n))), "every link through one concept");
        ConceptLinkIndex index = new ConceptLinks(k).index();
        papers.forEach(index::put);
        Set<ConceptLinks.Link> kept = Set.copyOf(links);
        for (String paper : papers.keySet()) {
            List<ConceptLinks.Link> top = index.topLinks(paper);
            assertEquals(k, top.size(), paper);
            assertTrue(kept.containsAll(top), paper + " keeps the links it ranks");
        }
        assertTrue(links.stream().allMatch(l -> index.topLinks(l.a()).contains(l) || index.topLinks(l.b()).contains(l)),
                "every kept link is ranked by one of its papers");
    }

    @Test
    void aConceptNamedByTooManyPapersLinksNone() {
        Map<String, List<String>> papers = new HashMap<>();
        for (int i = 0; i <= ConceptLinks.MAX_PAPERS_PER_CONCEPT; i++) {
            papers.put("p" + i, List.of("everywhere"));
        }
        assertTrue(new ConceptLinks(10).links(papers).isEmpty());
    }

    @Test
    void theLimitOfPapersPerConceptCanBeSmaller() {
        Map<String, List<String>> papers = Map.of("a", List.of("x", "y"), "b", List.of("x", "y"), "c", List.of("y"));
        List<ConceptLinks.Link> links = new ConceptLinks(10, 2).links(papers);
        assertEquals(List.of(new ConceptLinks.Link("a", "b", rounded(Math.log(3.0 / 2)), List.of("x"))), links,
                "y, named by three papers, links none");
    }
}
