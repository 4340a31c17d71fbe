package org.papergraph.queries.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
 * alias, in any case, singular or plural, hyphenated or not, and a near miss finds nothing.
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
            new GraphSync(neo4j.driver(), null, m -> {
                throw new IllegalStateException(m);
            }).sync(store, 0, store.write(List.of(paper("p-1", "One"), paper("p-2", "Two"))), new GraphSync.Listener() { });
            NamedQuery using = QueryCatalog.standard().get("papers-using");
            for (Engine engine : Engine.values()) {
                for (String name : List.of("Group Relative Policy Optimization", "GRPO", "grpos", "METHOD:GRPO",
                        "group-relative policy optimizations", "Group Relative Policy-Optimisation", "GRPO-Zero")) {
                    List<String> found = using.run(engine, store.dataset(), neo4j.driver(), Map.of("concept", name))
                            .rows().stream().map(r -> r.get(0)).sorted().toList();
                    boolean nearMiss = name.endsWith("Optimisation") || name.endsWith("Zero");
                    assertEquals(nearMiss ? List.of() : List.of("p-1", "p-2"), found, engine + " " + name);
                }
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
