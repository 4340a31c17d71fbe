package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
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
import org.papergraph.graph.load.ImportCsvExporter;
import org.papergraph.graph.load.ImportLimit;
import org.papergraph.graph.neo4j.EmbeddedNeo4j;

/** neo4j-admin import, run in-process on the loaded graph's files, makes the same graph in a new database. */
class ImportLimitIT extends InProcessNeo4jTest {

    /**
     * Every paper, concept, concept key and result with its labels and properties, and every relationship with its ends (a
     * key by its key) and properties, leaving out properties that hold an empty list: neo4j-admin import stores no
     * empty array.
     */
    private static final String DUMP = """
            MATCH (n) WHERE n:Paper OR n:Concept OR n:ConceptKey OR n:Result
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
        ResultRow score = new ResultRow("1,024.50", "", ResultKind.ABSOLUTE, new ResultPart("score", null),
                new ResultPart("MATH", "math"), new ResultPart("GRPO", "grpo"), ResultPart.NONE, Mention.TITLE, 4, 12,
                0, 40, "GRPO scores 1,024.50 on \"MATH\"", 0, 31);
        loader.writePapers(papers, concepts, relations, List.of(new ReportedResult("p1", score, 1024.5,
                "GRPO scores 1,024.50 on \"MATH\",\nagain.")));
        loader.countPapers(concepts.stream().map(ConceptRow::id).toList());
        loader.rankLinks(papers.stream().map(PaperRow::id).toList(), links::topLinks, n -> { });
        Object loaded = dump(driver);

        ImportCsvExporter.Csv csv = new ImportCsvExporter(driver).export(dir.resolve("import-csv"));
        assertTrue(csv.multilineFields(), "p2's title spans two lines");
        Path home = dir.resolve("import-home");
        ImportLimit.Measure m = ImportLimit.measure(csv, home);

        assertEquals(13, m.nodes(), "three papers, three concepts and their six keys, a result");
        assertEquals(15, m.relationships(),
                "five relations, the link of p1 and p2, the six keys' links, the result's paper, benchmark and system");
        assertTrue(m.seconds() > 0);
        try (EmbeddedNeo4j imported = EmbeddedNeo4j.create().home(home).start();
             Driver importedDriver = GraphDatabase.driver(imported.boltUri())) {
            assertEquals(loaded, dump(importedDriver));
        }
    }

    /** A graph without results has no result files: the import would refuse relationships to an id space no file declares. */
    @Test
    void aGroupWithoutRowsIsLeftOutAndTheRestImports() throws Exception {
        GraphLoader loader = new GraphLoader(driver, null, m -> {
            throw new AssertionError(m);
        });
        loader.createSchema();
        loader.writePapers(List.of(new PaperRow("p1", "Plain", null, null, null, null, List.of(), List.of(),
                "papers.jsonl:1")), List.of(new ConceptRow("rl", "reinforcement learning", "Method", List.of(), false)),
                List.of(new RelationRow("p1", "rl", "uses", 0.6, 1, List.of("lexicon"))), List.of());
        Path files = dir.resolve("no-results");
        ImportCsvExporter.Csv csv = new ImportCsvExporter(driver).export(files);
        assertTrue(Files.notExists(files.resolve("results.csv")) && Files.notExists(files.resolve("reports-header.csv")));
        ImportLimit.Measure m = ImportLimit.measure(csv, dir.resolve("no-results-home"));
        assertEquals(csv.nodeCount(), m.nodes());
        assertEquals(csv.relationshipCount(), m.relationships());
    }

    private static Object dump(Driver d) {
        try (Session s = d.session()) {
            return s.run(DUMP).single().asMap();
        }
    }
}
