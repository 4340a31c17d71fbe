package org.papergraph.queries.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.queries.ExampleGraph;
import org.papergraph.queries.run.ResultTable;
import org.papergraph.queries.serve.PapergraphServer;

/**
 * Each named query's SPARQL form, run over the RDF store, and its Cypher form, run over Bolt on the served Neo4j,
 * give the same rows, in the same order, on the graph built from the example corpus.
 */
@ExtendWith(ExampleGraph.Extension.class)
class NamedQueriesIT {

    static PapergraphServer server;
    static PapergraphStore store;
    static Driver driver;

    /** Papers of the example corpus, by id (title hashes): one with ten related papers, and chains of 1-4 concepts. */
    static final String MISTAKES = "title:93bc2e0207a2b531";
    static final String SOCRATIC = "title:0922239d756a7bdb";

    /** A query, its parameters, and whether the example corpus has an answer. */
    record Case(String query, Map<String, String> params, boolean answered) {
        @Override
        public String toString() {
            return query + " " + params;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("top-concepts", Map.of(), true),
                new Case("top-concepts", Map.of("type", "Benchmark", "limit", "5"), true),
                new Case("top-concepts", Map.of("type", "Dataset"), true),
                new Case("papers-using", Map.of(), true),
                new Case("papers-using", Map.of("concept", "LARGE LANGUAGE MODEL"), true),
                new Case("papers-proposing", Map.of(), true),
                new Case("papers-evaluating-on", Map.of(), true),
                new Case("papers-evaluating-on", Map.of("concept", "cosod3k"), true),
                new Case("papers-evaluating-on", Map.of("concept", "COSOD3K"), true),
                new Case("similar-papers", Map.of("paper", MISTAKES), true),
                new Case("similar-papers", Map.of("paper", SOCRATIC), true),
                new Case("similar-papers", Map.of("paper", "in-context principle learning from mistakes"), true),
                new Case("similar-papers", Map.of("paper", "In-Context Principle LEARNING from Mistakes"), true),
                new Case("similar-papers", Map.of("paper", MISTAKES.toUpperCase(Locale.ROOT)), true),
                new Case("similar-papers", Map.of("paper", "title:d5fc4e2af447d34c"), false),
                new Case("co-occurring-concepts", Map.of(), true),
                new Case("co-occurring-concepts", Map.of("concept", "GSM8K", "limit", "50"), true),
                new Case("co-occurring-concepts", Map.of("concept", "gsm8k"), true),
                new Case("method-benchmarks", Map.of(), true),
                new Case("method-benchmarks", Map.of("method", "knowledge distillation"), true),
                new Case("compared-with", Map.of(), true),
                new Case("compared-with", Map.of("method", "Conditional Context Optimization"), true),
                new Case("shortest-chain", Map.of("from", MISTAKES, "to", SOCRATIC), true),
                new Case("shortest-chain", Map.of("from", MISTAKES.toUpperCase(Locale.ROOT),
                        "to", "in-context principle learning from mistakes"), false),
                new Case("shortest-chain", Map.of("from", "TITLE:A6430C90C3A04140", "to", "title:bb5fdeaac5b73078"), true),
                new Case("shortest-chain", Map.of("from", "title:a6430c90c3a04140", "to", "title:bb5fdeaac5b73078"), true),
                new Case("shortest-chain", Map.of("from", SOCRATIC, "to", "title:71bc9e449c8b47bb"), true),
                new Case("shortest-chain", Map.of("from", SOCRATIC, "to", "title:5d3cfae5595b1919"), false),
                new Case("emerging-concepts", Map.of(), true),
                new Case("emerging-concepts", Map.of("limit", "500"), true),
                new Case("leaderboard", Map.of(), true),
                new Case("leaderboard", Map.of("benchmark", "Mathematical-Reasoning"), true),
                new Case("leaderboard", Map.of("benchmark", "mathematical reasoning", "limit", "2"), true),
                new Case("leaderboard", Map.of("benchmark", "CoSOD3k", "metric", "s-measure"), true),
                new Case("leaderboard", Map.of("benchmark", "GSM8K", "metric", "accuracy"), false),
                new Case("leaderboard", Map.of("benchmark", "large language models"), false),
                new Case("claims-about", Map.of(), true),
                new Case("claims-about", Map.of("concept", "ACCURACY"), true),
                new Case("claims-about", Map.of("concept", "CoT-SC"), true),
                new Case("claims-about", Map.of("concept", "GPT-4o"), true),
                new Case("claims-about", Map.of("concept", "no such concept"), false));
    }

    @BeforeAll
    static void start(ExampleGraph graph) {
        server = PapergraphServer.create().data(graph.data()).sparqlPort(0).httpPort(0).boltPort(0).build().start();
        store = PapergraphStore.open(graph.data().resolve("tdb2"));
        driver = GraphDatabase.driver(server.boltUri());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sparqlAndCypherGiveTheSameRows(Case c) {
        NamedQuery q = QueryCatalog.standard().get(c.query());
        ResultTable sparql = q.runSparql(store.dataset(), c.params());
        ResultTable cypher = q.runCypher(driver, c.params());
        assertEquals(sparql.columns(), cypher.columns(), "columns");
        assertEquals(c.answered(), !sparql.rows().isEmpty(), "an answer on the example corpus: " + sparql.rows());
        for (int i = 0; i < Math.max(sparql.rows().size(), cypher.rows().size()); i++) {
            assertEquals(i < sparql.rows().size() ? sparql.rows().get(i) : null,
                    i < cypher.rows().size() ? cypher.rows().get(i) : null, "row " + i);
        }
        assertEquals(sparql.rows().size(), cypher.rows().size(), "rows");
        sparql.rows().forEach(r -> assertFalse(r.contains(null), "no empty cell: " + r));
    }

    @Test
    void everyNamedQueryIsCompared() {
        Set<String> compared = cases().map(Case::query).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(QueryCatalog.standard().names()), compared);
    }

    /** Spot checks that the answers mean what the queries say, beyond both engines agreeing. */
    @Test
    void answersMakeSense() {
        NamedQuery similar = QueryCatalog.standard().get("similar-papers");
        List<List<String>> rows = similar.runSparql(store.dataset(), Map.of("paper", MISTAKES)).rows();
        assertTrue(rows.size() >= 5 && rows.size() <= 10, "at most the ten strongest links: " + rows);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Double.parseDouble(rows.get(i - 1).get(2)) >= Double.parseDouble(rows.get(i).get(2)), "by weight");
        }
        List<List<String>> chain = QueryCatalog.standard().get("shortest-chain")
                .runSparql(store.dataset(), Map.of("from", SOCRATIC, "to", "title:71bc9e449c8b47bb")).rows();
        int hops = Integer.parseInt(chain.get(0).get(0));
        assertTrue(hops >= 1 && hops <= 3, chain.toString());
        assertEquals(2 * hops + 1, chain.get(0).get(1).split(" > ").length, chain.get(0).get(1));
        List<List<String>> evaluating = QueryCatalog.standard().get("papers-evaluating-on")
                .runCypher(driver, Map.of("concept", "CoSOD3k")).rows();
        assertTrue(evaluating.stream().anyMatch(r -> r.get(1).equals(
                "Memory-aided Contrastive Consensus Learning for Co-salient Object Detection")), evaluating.toString());
    }

    /**
     * A leaderboard lists absolute scores first, each kind by value, highest first, and each row leads back to the
     * words of its paper: the quote is in the paper's title or abstract, with the number as written in it.
     */
    @Test
    void leaderboardRowsAreRankedAndEachQuoteIsInItsPaper() {
        List<List<String>> rows = QueryCatalog.standard().get("leaderboard")
                .runSparql(store.dataset(), Map.of("benchmark", "mathematical reasoning")).rows();
        List<String> kinds = List.of("absolute", "gain", "reduction", "ratio");
        assertTrue(rows.size() > 2 && rows.stream().map(r -> r.get(5)).distinct().count() > 1,
                "results of more than one kind: " + rows);
        for (int i = 1; i < rows.size(); i++) {
            int kind = Integer.compare(kinds.indexOf(rows.get(i - 1).get(5)), kinds.indexOf(rows.get(i).get(5)));
            assertTrue(kind < 0 || kind == 0 && number(rows.get(i - 1).get(3)) >= number(rows.get(i).get(3)),
                    "ranked: " + rows);
        }
        List<List<String>> all = new ArrayList<>(rows);
        all.addAll(QueryCatalog.standard().get("leaderboard").runCypher(driver, Map.of()).rows());
        Map<String, String> texts = new HashMap<>();
        store.forEachPaper(all.stream().map(r -> r.get(0)).toList(),
                p -> texts.put(p.id(), p.title() + "\n" + p.abstractText()));
        for (List<String> row : all) {
            assertTrue(texts.get(row.get(0)).contains(row.get(7)), "the quote is the paper's words: " + row);
            assertTrue(row.get(7).contains(row.get(3)), "the quote holds the number: " + row);
        }
    }

    /** Each row about a concept names it in the role it gives: its id, name or an alias is among the part's words. */
    @Test
    void claimsAboutAConceptGiveItsRoleInEachRow() {
        List<List<String>> rows = QueryCatalog.standard().get("claims-about")
                .runCypher(driver, Map.of("concept", "accuracy")).rows();
        List<String> roles = List.of("metric", "benchmark", "system", "baseline");
        assertFalse(rows.isEmpty());
        for (List<String> row : rows) {
            String words = row.get(5 + roles.indexOf(row.get(1)));
            assertTrue(words.toLowerCase(Locale.ROOT).contains("accuracy"), "the " + row.get(1) + " is accuracy: " + row);
        }
    }

    private static double number(String written) {
        return Double.parseDouble(written.replace(",", "").replace(" ", ""));
    }
}
