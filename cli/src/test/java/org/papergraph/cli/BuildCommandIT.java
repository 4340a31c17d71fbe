package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ontology.validate.ShaclCheck;

/**
 * The {@code build} and {@code query} commands end to end on the first papers of the example corpus:
 * real CoreNLP, TDB2 on disk and the in-process Neo4j over Bolt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuildCommandIT {

    @TempDir
    static Path dir;
    static Path data;
    static Path input;
    static CliRun first;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void buildOnce() throws IOException {
        // Relative, as a user gives it: Neo4j must not resolve its settings against a doubled path.
        data = Path.of("target", "build-it-" + System.nanoTime());
        input = ExamplePapers.first(30, dir.resolve("papers.txt"));
        first = run("build", input.toString(), "--data", data.toString());
    }

    private static String summaryLine(String err, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(.*)$").matcher(err);
        assertTrue(m.find(), key + " missing in:\n" + err);
        return m.group(1);
    }

    @Test
    @Order(1)
    void buildWritesStoreGraphAndFiles() throws IOException {
        assertEquals(0, first.code(), first.err());
        assertTrue(summaryLine(first.err(), "papers").startsWith("30 read, 0 skipped"), first.err());
        assertTrue(summaryLine(first.err(), "neo4j").matches("30 papers, \\d+ concepts, \\d+ relations, \\d+ SHARES_CONCEPT.*"),
                first.err());
        Path trig = data.resolve("export/graph.trig");
        Path graphml = data.resolve("export/graph.graphml");
        assertEquals(data.resolve("export/graph.trig") + ", " + graphml, summaryLine(first.err(), "files"));
        assertTrue(Files.size(trig) > 10_000);
        assertTrue(Files.readString(graphml).contains("<graphml"));
        Dataset exported = RDFDataMgr.loadDataset(trig.toString());
        assertTrue(exported.asDatasetGraph().size() > 30, "a named graph a paper, kept");
        ValidationReport report = ShaclCheck.validate(exported.getUnionModel().getGraph());
        assertTrue(report.conforms(), "the exported graph passes the shapes");
    }

    @Test
    @Order(2)
    void cypherOverBoltFindsPapersSharingAConcept() {
        CliRun r = run("query", "--data", data.toString(), "--format", "csv", "--cypher",
                "MATCH (p:Paper)-[:EVALUATES_ON]->(c:Concept {name: 'CoSOD3k'}) RETURN p.title AS title");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Memory-aided Contrastive Consensus Learning for Co-salient Object Detection"), r.out());

        CliRun shared = run("query", "--data", data.toString(), "--format", "json", "--cypher",
                "MATCH (a:Paper)-[:USES|PROPOSES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]->(c:Concept)"
                        + "<-[:USES|PROPOSES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS]-(b:Paper) "
                        + "WHERE a.id < b.id AND c.specific RETURN count(DISTINCT [a.id, b.id]) AS pairs");
        assertEquals(0, shared.code(), shared.err());
        assertTrue(!shared.out().contains("\"pairs\":\"0\""), shared.out());
    }

    @Test
    @Order(3)
    void sparqlAnswersOverTheStore() {
        CliRun r = run("query", "--data", data.toString(), "--format", "csv", "--sparql",
                "PREFIX pg: <https://papergraph.org/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                        + "SELECT ?name WHERE { ?p pg:proposes ?c . ?c skos:prefLabel ?name } ORDER BY ?name");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Memory-aided Contrastive Consensus Learning"), r.out());

        CliRun bad = run("query", "--data", data.toString(), "--sparql", "SELECT WHERE {");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("SPARQL syntax error"), bad.err());
    }

    @Test
    @Order(4)
    void secondIdenticalBuildExtractsNothingAndChangesNoCount() {
        CliRun second = run("build", input.toString(), "--data", data.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(summaryLine(second.err(), "papers").endsWith("30 unchanged (not extracted again)"), second.err());
        assertEquals("0 (Method 0, Model 0, Dataset 0, Benchmark 0, Task 0, Metric 0)",
                summaryLine(second.err(), "concepts"));
        assertEquals(summaryLine(first.err(), "rdf"), summaryLine(second.err(), "rdf"));
        assertEquals(summaryLine(first.err(), "neo4j"), summaryLine(second.err(), "neo4j"));
        assertTrue(summaryLine(first.err(), "loaded").startsWith("every paper"), first.err());
        assertTrue(summaryLine(second.err(), "loaded").startsWith("0 papers changed"), second.err());
    }

    @Test
    @Order(5)
    void unreachableNeo4jIsNamedAndTheRdfStepStillRuns() {
        Path other = dir.resolve("other");
        CliRun r = run("build", input.toString(), "--data", other.toString(), "--neo4j-uri", "bolt://127.0.0.1:1");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot reach Neo4j at bolt://127.0.0.1:1"), r.err());
        assertTrue(Files.exists(other.resolve("export/graph.trig")), "the RDF store's export is written");
        assertFalse(Files.exists(other.resolve("export/graph.graphml")), "Neo4j's is not");
    }

    @Test
    @Order(6)
    void nothingReadableExitsWithOneAndNamesTheFile() throws IOException {
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "{broken\n");
        CliRun r = run("extract", empty.toString(), "-o", dir.resolve("out.jsonl").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(empty + ":1: malformed JSON"), r.err());
        assertEquals(2, run("query").code(), "bad usage");
    }

    @Test
    @Order(7)
    void namedQueriesAreListedAndRunInEitherEngine() {
        CliRun list = run("query", "--list");
        assertEquals(0, list.code(), list.err());
        for (String name : org.papergraph.queries.catalog.QueryCatalog.standard().names()) {
            assertTrue(list.out().contains(name + "  "), name);
        }
        assertTrue(list.out().contains("--param type=Method  (Method|Model|Dataset|Benchmark|Task|Metric)"), list.out());

        CliRun sparql = run("query", "--data", data.toString(), "--format", "csv", "--named", "papers-evaluating-on",
                "--param", "concept=cosod3k");
        assertEquals(0, sparql.code(), sparql.err());
        assertTrue(sparql.out().startsWith("id,title,confidence"), sparql.out());
        assertTrue(sparql.out().contains("Memory-aided Contrastive Consensus Learning for Co-salient Object Detection"));

        CliRun cypher = run("query", "--data", data.toString(), "--format", "csv", "--named", "papers-evaluating-on",
                "--param", "concept=cosod3k", "--engine", "cypher");
        assertEquals(0, cypher.code(), cypher.err());
        assertEquals(sparql.out(), cypher.out());
    }

    @Test
    @Order(8)
    void badNamedQueriesAndParametersAreExplained() {
        CliRun unknown = run("query", "--data", data.toString(), "--named", "top-method");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no named query 'top-method'; the named queries are: top-concepts"), unknown.err());
        CliRun choice = run("query", "--data", data.toString(), "--named", "top-concepts", "--param", "type=Methods");
        assertEquals(1, choice.code());
        assertTrue(choice.err().contains("parameter type: 'Methods' is not one of Method, Model"), choice.err());
        CliRun required = run("query", "--data", data.toString(), "--named", "similar-papers");
        assertEquals(1, required.code());
        assertTrue(required.err().contains("query similar-papers needs --param paper=..."), required.err());
        CliRun engine = run("query", "--data", data.toString(), "--named", "top-concepts", "--engine", "sql");
        assertEquals(1, engine.code());
        assertTrue(engine.err().contains("unknown engine 'sql': use sparql or cypher"), engine.err());
        CliRun stray = run("query", "--data", data.toString(), "--sparql", "ASK {}", "--param", "a=b");
        assertEquals(1, stray.code());
        assertTrue(stray.err().contains("--param and --engine go with --named"), stray.err());
    }

    @Test
    @Order(9)
    void aBuildWithNothingReadableLeavesNoNewDirectoryBehind() throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{broken\n");
        Path fresh = dir.resolve("fresh");
        CliRun r = run("build", broken.toString(), "--data", fresh.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no paper could be read"), r.err());
        assertFalse(Files.exists(fresh), "the data directory it created is removed");

        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(1, run("build", broken.toString(), "--data", empty.toString()).code());
        try (Stream<Path> left = Files.list(empty)) {
            assertEquals(List.of(), left.toList(), "the existing directory stays, without the Neo4j home");
        }

        assertEquals(1, run("build", broken.toString(), "--data", data.toString()).code());
        for (String part : List.of("tdb2", "neo4j", "export/graph.trig", "export/graph.graphml")) {
            assertTrue(Files.exists(data.resolve(part)), part + " existed, so it stays");
        }
    }

    @Test
    @Order(10)
    void papersAddedToAGraphAreTheOnlyOnesExtractedAndGiveTheGraphOfAFreshBuild() throws IOException {
        Path growing = dir.resolve("growing.txt");
        Path grown = dir.resolve("grown");
        ExamplePapers.first(26, growing);
        assertEquals(0, run("build", growing.toString(), "--data", grown.toString()).code());
        ExamplePapers.first(30, growing);

        CliRun added = run("build", growing.toString(), "--data", grown.toString());

        assertEquals(0, added.code(), added.err());
        assertTrue(summaryLine(added.err(), "papers").endsWith("26 unchanged (not extracted again)"), added.err());
        assertTrue(summaryLine(added.err(), "loaded").startsWith("4 papers changed"), added.err());
        assertEquals(summaryLine(first.err(), "rdf").replace(data.toString(), "DIR"),
                summaryLine(added.err(), "rdf").replace(grown.toString(), "DIR"));
        assertEquals(summaryLine(first.err(), "neo4j").replace(data.toString(), "DIR"),
                summaryLine(added.err(), "neo4j").replace(grown.toString(), "DIR"));
    }

    @Test
    @Order(11)
    void theSameFileReadFromAnotherPlaceIsNotExtractedAgainButKnowsItsNewPlace() throws IOException {
        Path moved = Files.createDirectories(dir.resolve("moved")).resolve("papers.txt");
        Files.copy(input, moved);

        CliRun again = run("build", moved.toString(), "--data", data.toString());

        assertEquals(0, again.code(), again.err());
        assertTrue(summaryLine(again.err(), "papers").endsWith("30 unchanged (not extracted again)"), again.err());
        assertEquals(summaryLine(first.err(), "rdf"), summaryLine(again.err(), "rdf"));
        assertTrue(summaryLine(again.err(), "loaded").startsWith("30 papers changed"), again.err());
        CliRun sources = run("query", "--data", data.toString(), "--sparql",
                "SELECT DISTINCT ?s WHERE { ?p <https://papergraph.org/ontology#sourceLocation> ?s } LIMIT 3");
        assertEquals(0, sources.code(), sources.err());
        assertTrue(sources.out().contains(moved.toString() + ":"), sources.out());
        assertFalse(sources.out().contains(input.toString() + ":"), sources.out());
    }
}
