package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.papergraph.extractor.link.ConceptLinkIndex;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;
import org.papergraph.graph.load.GraphLoader;
import org.papergraph.graph.load.GraphRows.ConceptRow;
import org.papergraph.graph.load.GraphRows.PaperRow;
import org.papergraph.graph.load.GraphRows.RelationRow;
import org.papergraph.graph.load.GraphRows.ReportedResult;

/** The loader against a real in-process Neo4j over Bolt. */
class GraphLoaderIT extends InProcessNeo4jTest {

    private static PaperRow paper(String id) {
        return new PaperRow(id, "Title " + id, "2024-01-02", 2024, null, null, List.of("A. Author"), List.of("cs.CL"),
                "papers.jsonl:" + id.substring(1));
    }

    @Test
    void loadsPapersConceptsRelationsAndLinksIdempotently() {
        List<PaperRow> papers = List.of(paper("p1"), paper("p2"), paper("p3"));
        List<ConceptRow> concepts = List.of(
                new ConceptRow("grpo", "Group Relative Policy Optimization", "Method", List.of("GRPO"), true),
                new ConceptRow("math", "MATH", "Benchmark", List.of(), true),
                new ConceptRow("rl", "reinforcement learning", "Method", List.of(), false));
        List<RelationRow> relations = List.of(
                new RelationRow("p1", "grpo", "proposes", 0.9, 2, List.of("acronym-definition", "corpus-acronym")),
                new RelationRow("p1", "math", "evaluates_on", 0.8, 1, List.of("lexicon")),
                new RelationRow("p2", "grpo", "uses", 0.7, 1, List.of("lexicon")),
                new RelationRow("p2", "math", "evaluates_on", 0.8, 1, List.of("lexicon")),
                new RelationRow("p3", "rl", "uses", 0.6, 1, List.of("lexicon")));
        ConceptLinkIndex links = new ConceptLinks(10).index();
        links.put("p1", List.of("grpo", "math"));
        links.put("p2", List.of("grpo", "math"));
        links.put("p3", List.of());
        GraphLoader loader = new GraphLoader(driver, null, m -> {
            throw new AssertionError(m);
        });

        List<ReportedResult> results = List.of(score("p1", "math", "grpo", 51.7), score("p2", "math", null, 49.0));

        GraphLoader.Counts first = load(loader, papers, concepts, relations, results, links);
        assertEquals(new GraphLoader.Counts(3, 3, 5, 1, 2), first);
        GraphLoader.Counts second = load(loader, papers, concepts, relations, results, links);
        assertEquals(first, second, "a second identical load changes nothing");
        assertEquals(List.of("p1|51.7|%|absolute|accuracy on MATH|GRPO|MATH|OBTAINED_BY:grpo,ON_BENCHMARK:math",
                "p2|49.0|%|absolute|accuracy on MATH|null|MATH|ON_BENCHMARK:math"), results());

        try (Session s = driver.session()) {
            List<String> sharing = s.executeRead(tx -> tx.run(
                    "MATCH (a:Paper)-[s:SHARES_CONCEPT]-(b:Paper {id: $id}) RETURN a.id AS id", Values.parameters("id", "p2"))
                    .list(r -> r.get("id").asString()));
            assertEquals(List.of("p1"), sharing);
            long typed = s.executeRead(tx -> tx.run("MATCH (c:Concept:Method) RETURN count(c) AS n").single().get("n").asLong());
            assertEquals(2, typed);
            String role = s.executeRead(tx -> tx.run("MATCH (:Paper {id:'p1'})-[r]->(:Concept {id:'grpo'}) RETURN type(r) AS t")
                    .single().get("t").asString());
            assertEquals("PROPOSES", role);
            List<String> foundBy = s.executeRead(tx -> tx.run(
                    "MATCH (:Paper {id:'p1'})-[r]->(:Concept {id:'grpo'}) RETURN r.foundBy AS f")
                    .single().get("f").asList(v -> v.asString()));
            assertEquals(List.of("acronym-definition", "corpus-acronym"), foundBy, "the rules behind the relation");
        }

        // p1 no longer evaluates on MATH: its old relation and the link it made go.
        List<RelationRow> fewer = relations.stream().filter(r -> !(r.paperId().equals("p1") && r.conceptId().equals("math"))).toList();
        links.put("p1", List.of("grpo"));
        // p1 reports its score without naming GRPO now, and p2 reports none.
        GraphLoader.Counts third = load(loader, papers, concepts, fewer, List.of(score("p1", "math", null, 51.7)), links);
        assertEquals(4, third.relations());
        assertEquals(1, third.links());
        assertEquals(1, third.results());
        assertEquals(List.of("p1|51.7|%|absolute|accuracy on MATH|null|MATH|ON_BENCHMARK:math"), results(),
                "the link to GRPO and p2's result went");
        try (Session s = driver.session()) {
            assertEquals(List.of("grpo"), s.run("MATCH (:Paper {id: 'p1'})-[l:SHARES_CONCEPT]-() RETURN l.concepts AS c")
                    .single().get("c").asList(v -> v.asString()), "the link now stands on GRPO alone");
        }
    }

    /** An absolute accuracy on a benchmark, by a system if one is given, in the paper's abstract. */
    private static ReportedResult score(String paper, String benchmark, String system, double value) {
        String quote = "accuracy on MATH";
        ResultRow row = new ResultRow(Double.toString(value), "%", ResultKind.ABSOLUTE, new ResultPart("accuracy", null),
                new ResultPart("MATH", benchmark), system == null ? ResultPart.NONE : new ResultPart("GRPO", system),
                ResultPart.NONE, Mention.ABSTRACT, 10, 14, 0, 40, quote, 16, 32);
        return new ReportedResult(paper, row, value, "It reaches " + value + "% accuracy on MATH.");
    }

    /** Each result with its paper, properties and links to concepts, sorted. */
    private List<String> results() {
        try (Session s = driver.session()) {
            return s.run("MATCH (p:Paper)-[:REPORTS]->(r:Result) RETURN p.id + '|' + r.valueText + '|' + r.unit + '|' "
                    + "+ r.kind + '|' + r.quote + '|' + coalesce(r.systemText, 'null') + '|' + r.benchmarkText + '|' "
                    + "+ reduce(s = '', l IN COLLECT { MATCH (r)-[l]->(c:Concept) RETURN type(l) + ':' + c.id AS x "
                    + "ORDER BY x } | s + CASE s WHEN '' THEN '' ELSE ',' END + l) AS x ORDER BY x")
                    .list(r -> r.get("x").asString());
        }
    }

    private static GraphLoader.Counts load(GraphLoader loader, List<PaperRow> papers, List<ConceptRow> concepts,
                                           List<RelationRow> relations, List<ReportedResult> results,
                                           ConceptLinkIndex links) {
        loader.createSchema();
        loader.writePapers(papers, concepts, relations, results);
        loader.rankLinks(papers.stream().map(PaperRow::id).toList(), links::topLinks, n -> { });
        return loader.counts();
    }

    @Test
    void aValueNeo4jCannotIndexCostsOnlyItsRow() {
        String longTitle = "Long ".repeat(2_002) + "title\u0000end";
        String longId = "id-" + "x".repeat(9_000);
        String longName = "Method " + "y".repeat(9_000);
        PaperRow longTitled = new PaperRow("q-long-title", longTitle, null, null, null, null, List.of(), List.of(),
                "big.jsonl:1");
        PaperRow longIdentified = new PaperRow(longId, "A paper whose id is too long", null, null, null, null,
                List.of(), List.of(), "big.jsonl:2");
        List<PaperRow> papers = new ArrayList<>(List.of(longTitled, longIdentified));
        for (int i = 3; i <= 5; i++) {
            papers.add(new PaperRow("q" + i, "Paper " + i, null, null, null, null, List.of(), List.of(), "big.jsonl:" + i));
        }
        List<ConceptRow> concepts = List.of(new ConceptRow("q-method", longName, "Method", List.of(), true),
                new ConceptRow("q-dataset", "Q Dataset", "Dataset", List.of(), true));
        List<RelationRow> relations = List.of(new RelationRow("q-long-title", "q-method", "proposes", 0.9, 1, List.of("lexicon")),
                new RelationRow("q3", "q-dataset", "uses", 0.9, 1, List.of("lexicon")), new RelationRow(longId, "q-dataset", "uses", 0.9, 1, List.of("lexicon")));
        List<String> problems = new ArrayList<>();

        GraphLoader loader = new GraphLoader(driver, null, problems::add);
        loader.createSchema();
        loader.writePapers(papers, concepts, relations, List.of());

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("paper id-xxx") && problems.get(0).contains("(big.jsonl:2) is not in Neo4j"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("concept q-method is not in Neo4j"), problems.get(1));
        try (Session s = driver.session()) {
            assertEquals(List.of("q-long-title", "q3", "q4", "q5"), s.run("MATCH (p:Paper) WHERE p.id STARTS WITH 'q' "
                    + "RETURN p.id AS id ORDER BY id").list(r -> r.get("id").asString()));
            assertEquals(longTitle, s.run("MATCH (p:Paper {id: 'q-long-title'}) RETURN p.title AS t").single().get("t")
                    .asString(), "the full title is stored");
            assertEquals(List.of("q-dataset"), s.run("MATCH (c:Concept) RETURN c.id AS id").list(r -> r.get("id").asString()));
        }
    }
}
