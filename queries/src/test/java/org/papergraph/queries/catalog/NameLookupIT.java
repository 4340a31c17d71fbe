package org.papergraph.queries.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.extractor.lookup.LookupKey;
import org.papergraph.queries.ExampleGraph;
import org.papergraph.queries.run.CypherRunner;
import org.papergraph.queries.run.SparqlRunner;

/**
 * On the graph of the example corpus, in both engines, the named queries find a concept or paper by any of its names:
 * an alias (GRPO, LLM), another case, the plural, hyphens for spaces. Each name gives the rows its preferred name
 * gives, and a near miss finds nothing of the other.
 */
@ExtendWith(ExampleGraph.Extension.class)
class NameLookupIT {

    static ExampleGraph.Opened opened;

    /** A query, its lookup parameter, the preferred name and other names of the same thing. */
    record Names(String query, String parameter, String preferred, List<String> others) {
        @Override
        public String toString() {
            return query + " " + parameter + "=" + preferred;
        }
    }

    static Stream<Names> names() {
        List<String> grpo = List.of("GRPO", "grpo", "group-relative policy optimization",
                "Group Relative Policy Optimizations", "group-relative-policy-optimization");
        List<String> llm = List.of("large language models", "LLM", "LLMs", "Large-Language-Models",
                "large  language model", "LARGE LANGUAGE MODEL");
        return Stream.of(
                new Names("papers-using", "concept", "Group Relative Policy Optimization", grpo),
                new Names("co-occurring-concepts", "concept", "Group Relative Policy Optimization", grpo),
                new Names("papers-using", "concept", "large language model", llm),
                new Names("method-benchmarks", "method", "large language model", llm),
                new Names("co-occurring-concepts", "concept", "Low-Rank Adaptation",
                        List.of("low rank adaptation", "low-rank adaptations", "LOW RANK ADAPTATION", "LoRA", "LoRAs")),
                new Names("similar-papers", "paper", "In-Context Principle Learning from Mistakes",
                        List.of("in-context principle learning from mistake",
                                "In Context Principle Learning From Mistakes", "TITLE:93BC2E0207A2B531")));
    }

    @BeforeAll
    static void open(ExampleGraph graph) {
        opened = graph.open();
    }

    @AfterAll
    static void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyNameGivesTheRowsOfThePreferredNameInBothEngines(Names n) {
        for (Engine engine : Engine.values()) {
            List<List<String>> preferred = rows(n.query(), engine, n.parameter(), n.preferred());
            assertFalse(preferred.isEmpty(), engine + ": rows to compare");
            for (String other : n.others()) {
                assertEquals(preferred, rows(n.query(), engine, n.parameter(), other), engine + " " + other);
            }
        }
    }

    @Test
    void aNearMissDoesNotResolveToTheOther() {
        assertEquals(List.of("bert"), concepts("BERT"));
        assertEquals(List.of("albert"), concepts("ALBERT"));
        assertEquals(List.of(), concepts("BART"));
        assertEquals(List.of("language-model"), concepts("language models"));
        assertEquals(List.of("language-modeling"), concepts("language modeling"));
        for (Engine engine : Engine.values()) {
            List<List<String>> bert = rows("co-occurring-concepts", engine, "concept", "BERT");
            assertFalse(bert.isEmpty(), engine.label());
            assertEquals(List.of(), rows("co-occurring-concepts", engine, "concept", "BART"), engine.label());
            assertNotEquals(bert, rows("co-occurring-concepts", engine, "concept", "ALBERT"), engine.label());
        }
    }

    private static List<List<String>> rows(String query, Engine engine, String parameter, String value) {
        return QueryCatalog.standard().get(query).run(engine, opened.store().dataset(), opened.neo4j().driver(), Map.of(parameter, value))
                .rows();
    }

    /** The ids of the concepts a name resolves to, the same in both stores. */
    private static List<String> concepts(String name) {
        String key = LookupKey.of(name);
        QuerySolutionMap binding = new QuerySolutionMap();
        binding.add("key", ResourceFactory.createStringLiteral(key));
        List<String> rdf = SparqlRunner.run(opened.store().dataset(), QueryFactory.create("""
                PREFIX pg: <https://papergraph.org/ontology#>
                SELECT ?id WHERE { ?c pg:key ?key ; pg:conceptId ?id } ORDER BY ?id"""), binding)
                .rows().stream().map(r -> r.get(0)).toList();
        List<String> graph = CypherRunner.run(opened.neo4j().driver(),
                "MATCH (:ConceptKey {key: $key})-[:KEY_OF]->(c:Concept) RETURN c.id AS id ORDER BY id",
                Map.of("key", key)).rows().stream().map(r -> r.get(0)).toList();
        assertEquals(rdf, graph, name);
        return rdf;
    }
}
