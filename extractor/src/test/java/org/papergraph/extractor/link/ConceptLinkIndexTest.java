package org.papergraph.extractor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptLinkIndexTest {

    @Test
    void putReplacesAPapersConceptsAndRemoveForgetsThem() {
        ConceptLinkIndex index = new ConceptLinks(10).index();
        index.put("a", List.of("y", "x", "x"));
        index.put("b", List.of("x"));
        assertEquals(List.of("x", "y"), index.concepts("a"));
        index.put("a", List.of("z"));
        assertEquals(List.of("z"), index.concepts("a"));
        index.remove("b");
        assertEquals(Set.of("a"), index.papers());
        assertEquals(List.of(), index.topLinks("b"));
    }

    @Test
    void topLinksAreThePapersStrongestStrongestFirst() {
        ConceptLinkIndex index = new ConceptLinks(2).index();
        index.put("m", List.of("rare", "common"));
        index.put("a", List.of("common"));
        index.put("z", List.of("rare", "common"));
        index.put("b", List.of("common"));
        double common = Math.log(501.0 / 4);
        double rare = Math.log(501.0 / 2);
        assertEquals(List.of(
                new ConceptLinks.Link("m", "z", Math.round((common + rare) * 1000) / 1000.0, List.of("common", "rare")),
                new ConceptLinks.Link("a", "m", Math.round(common * 1000) / 1000.0, List.of("common"))),
                index.topLinks("m"), "z shares more; of the equally weak a and b, a comes first");
    }
}
