package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.papergraph.extractor.link.ConceptLinkIndex;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.graph.load.GraphLoader;
import org.papergraph.graph.load.GraphRows.ConceptRow;
import org.papergraph.graph.load.GraphRows.PaperRow;
import org.papergraph.graph.load.GraphRows.RelationRow;
import org.papergraph.graph.load.ImportCsvExporter;
import org.papergraph.graph.load.ImportLimit;
import org.papergraph.graph.neo4j.EmbeddedNeo4j;

/** neo4j-admin import, run in-process on the loaded graph's files, makes the same graph in a new database. */
class ImportLimitIT extends InProcessNeo4jTest {

    /**
     * Every paper, concept and concept key with its labels and properties, and every relationship with its ends (a
     * key by its key) and properties, leaving out properties that hold an empty list: neo4j-admin import stores no
     * empty array.
     */
    private static final String DUMP = """
            MATCH (n) WHERE n:Paper OR n:Concept OR n:ConceptKey
            WITH n ORDER BY n.id, n.key, labels(n)
            WITH collect([labels(n),
                          COLLECT { UNWIND keys(n) AS k WITH k WHERE n[k] <> [] RETURN [k, n[k]] ORDER BY k }]) AS nodes
            OPTIONAL MATCH (a)-[r]->(b)
            WITH nodes, r, a, b ORDER BY coalesce(a.id, a.key), b.id, type(r)
            RETURN nodes, collect([coalesce(a.id, a.key), b.id, type(r),
                   COLLECT { UNWIND keys(r) AS k WITH k WHERE r[k] <> [] RETURN [k, r[k]] ORDER BY k }]) AS relationships
            """;

    @Test
    void importsTheSameNodesAndRelationshipsIntoANewDatabase() throws Exception {
        List<PaperRow> papers = List.of(
                new PaperRow("p1", "Say \"GRPO\", again, with a comma", "2024-01-02", 2024, "10.1/x", null,
                        List.of("A. Author", "B; Author"), List.of("cs.CL"), "papers.jsonl:1"),
                new PaperRow("p2", "A title\nover two lines", null, null, null, "https://example.org/p2", List.of(),
                        List.of("cs.LG", "cs.AI"), "papers.jsonl:2"),
                new PaperRow("p3", "Plain", "2023-05-06", 2023, null, null, List.of("C. Author"), List.of(),
                        "papers.jsonl:3"));
        List<ConceptRow> concepts = List.of(
                new ConceptRow("grpo", "Group Relative Policy Optimization", "Method", List.of("GRPO", "G,R\"PO"), true),
                new ConceptRow("math", "MATH", "Benchmark", List.of(), true),
                new ConceptRow("rl", "reinforcement learning", "Method", List.of(), false));
        List<RelationRow> relations = List.of(
                new RelationRow("p1", "grpo", "proposes", 0.9, 2, List.of("lexicon")),
                new RelationRow("p1", "math", "evaluates_on", 1e-5, 1, List.of("lexicon")),
                new RelationRow("p2", "grpo", "uses", 0.7, 1, List.of("lexicon")),
                new RelationRow("p2", "math", "evaluates_on", 0.8, 1, List.of("lexicon")),
                new RelationRow("p3", "rl", "uses", 0.6, 1, List.of("lexicon")));
        ConceptLinkIndex links = new ConceptLinks(10).index();
        links.put("p1", List.of("grpo", "math"));
        links.put("p2", List.of("grpo", "math"));
        links.put("p3", List.of("rl"));
        GraphLoader loader = new GraphLoader(driver, null, m -> {
            throw new AssertionError(m);
        });
        loader.createSchema();
        loader.writePapers(papers, concepts, relations);
        loader.countPapers(concepts.stream().map(ConceptRow::id).toList());
        loader.rankLinks(papers.stream().map(PaperRow::id).toList(), links::topLinks, n -> { });
        Object loaded = dump(driver);

        ImportCsvExporter.Csv csv = new ImportCsvExporter(driver).export(dir.resolve("import-csv"));
        assertTrue(csv.multilineFields(), "p2's title spans two lines");
        Path home = dir.resolve("import-home");
        ImportLimit.Measure m = ImportLimit.measure(csv, home);

        assertEquals(12, m.nodes(), "three papers, three concepts and their six keys");
        assertEquals(12, m.relationships(), "five relations, the link of p1 and p2, and the six keys' links");
        assertTrue(m.seconds() > 0);
        try (EmbeddedNeo4j imported = EmbeddedNeo4j.create().home(home).start();
             Driver importedDriver = GraphDatabase.driver(imported.boltUri())) {
            assertEquals(loaded, dump(importedDriver));
        }
    }

    private static Object dump(Driver d) {
        try (Session s = d.session()) {
            return s.run(DUMP).single().asMap();
        }
    }
}
