package org.papergraph.queries.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;
import org.papergraph.graph.load.GraphSync;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.ontology.store.PapergraphStore;

/**
 * Papers are found by id or title in any case in both engines, a title longer than a bounded key included, and only
 * by the whole title: two titles that share their first 256 characters stay apart. Concepts are found by id, name or
 * alias, in any case, singular or plural, hyphenated or not; a name two concepts share finds both, and a near miss
 * finds nothing.
 */
class KeyLookupIT {
    private static final String PREFIX = "A very long title ".repeat(20);
    private static final String LONG = PREFIX + "on Distilling Reasoning";
    private static final String TWIN = PREFIX + "on Something Else";

    @TempDir
    Path dir;

    @Test
    void papersAreFoundByIdOrWholeTitleInAnyCase() {
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("tdb2"));
             Neo4jConnection neo4j = Neo4jConnection.embedded(dir.resolve("neo4j"))) {
            new GraphSync(neo4j.driver(), null, m -> {
                throw new IllegalStateException(m);
            }).sync(store, 0, store.write(List.of(paper("p-long", LONG), paper("p-twin", TWIN), paper("p-short",
                    "Short Title"))), new GraphSync.Listener() { });
            NamedQuery similar = QueryCatalog.standard().get("similar-papers");
            for (String key : List.of(LONG.toUpperCase(Locale.ROOT), LONG.toLowerCase(Locale.ROOT), "P-LONG")) {
                for (Engine engine : Engine.values()) {
                    List<String> found = similar.run(engine, store.dataset(), neo4j.driver(), Map.of("paper", key))
                            .rows().stream().map(r -> r.get(0)).sorted().toList();
                    assertEquals(List.of("p-short", "p-twin"), found, engine + " " + key);
                }
            }
        }
    }

    @Test
    void conceptsAreFoundByIdNameOrAliasInAnyFormAndANearMissFindsNothing() {
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("tdb2"));
             Neo4jConnection neo4j = Neo4jConnection.embedded(dir.resolve("neo4j"))) {
            // A third paper names another concept that GRPO is an alias of too.
            Concept other = new Concept("method:rpo", "Relative Policy Optimization", ConceptType.METHOD,
                    List.of("GRPO"), Role.USES, 0.8, true,
                    List.of(new Mention(Mention.ABSTRACT, 4, 8, "GRPO", ExtractionRule.LEXICON)));
            PaperConcepts third = new PaperConcepts(new Paper("p-3", "Three", "Use GRPO.", List.of(), "2024-01-01",
                    null, null, List.of(), "papers.jsonl:p-3"), List.of(other));
            new GraphSync(neo4j.driver(), null, m -> {
                throw new IllegalStateException(m);
            }).sync(store, 0, store.write(List.of(paper("p-1", "One"), paper("p-2", "Two"), third)),
                    new GraphSync.Listener() { });
            Map<String, List<String>> expected = new LinkedHashMap<>();
            for (String name : List.of("Group Relative Policy Optimization", "METHOD:GRPO",
                    "group-relative policy optimizations", "GROUP_RELATIVE_POLICY_OPTIMIZATION")) {
                expected.put(name, List.of("p-1", "p-2"));
            }
            expected.put("GRPO", List.of("p-1", "p-2", "p-3"));
            expected.put("grpos", List.of("p-1", "p-2", "p-3"));
            expected.put("relative policy optimizations", List.of("p-3"));
            expected.put("Group Relative Policy-Optimisation", List.of());
            expected.put("GRPO-Zero", List.of());
            NamedQuery using = QueryCatalog.standard().get("papers-using");
            for (Engine engine : Engine.values()) {
                expected.forEach((name, papers) -> assertEquals(papers, using.run(engine, store.dataset(),
                        neo4j.driver(), Map.of("concept", name)).rows().stream().map(r -> r.get(0)).sorted().toList(),
                        engine + " " + name));
            }
        }
    }

    /** A paper naming one specific concept, the same for all, so each is similar to the others. */
    private static PaperConcepts paper(String id, String title) {
        Concept grpo = new Concept("method:grpo", "Group Relative Policy Optimization", ConceptType.METHOD,
                List.of("GRPO"), Role.USES, 0.9, true,
                List.of(new Mention(Mention.ABSTRACT, 4, 8, "GRPO", ExtractionRule.LEXICON)));
        return new PaperConcepts(new Paper(id, title, "Use GRPO.", List.of(), "2024-01-01", null, null, List.of(),
                "papers.jsonl:" + id), List.of(grpo));
    }
}
