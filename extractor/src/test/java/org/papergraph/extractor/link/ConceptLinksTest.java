package org.papergraph.extractor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConceptLinksTest {

    @Test
    void rareSharedConceptsWeighMoreThanCommonOnes() {
        Map<String, List<String>> papers = Map.of(
                "a", List.of("common", "rare"),
                "b", List.of("common", "rare"),
                "c", List.of("common"),
                "d", List.of("common"));
        List<ConceptLinks.Link> links = new ConceptLinks(10).links(papers);
        ConceptLinks.Link ab = links.stream().filter(l -> l.a().equals("a") && l.b().equals("b")).findFirst().orElseThrow();
        ConceptLinks.Link cd = links.stream().filter(l -> l.a().equals("c") && l.b().equals("d")).findFirst().orElseThrow();
        assertEquals(List.of("common", "rare"), ab.concepts());
        assertEquals(Math.log(5.0 / 4) + Math.log(5.0 / 2), ab.weight(), 1e-3);
        assertTrue(ab.weight() > cd.weight());
        assertEquals(6, links.size(), "every pair shares 'common'");
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
    void aConceptNamedByTooManyPapersLinksNone() {
        Map<String, List<String>> papers = new HashMap<>();
        for (int i = 0; i <= ConceptLinks.MAX_PAPERS_PER_CONCEPT; i++) {
            papers.put("p" + i, List.of("everywhere"));
        }
        assertTrue(new ConceptLinks(10).links(papers).isEmpty());
    }
}
