package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code remove} end to end on twelve papers of the example corpus: both stores and the export files there are lose the
 * papers, their mentions, their results and the concepts only they named; removing again changes nothing; building them again gives
 * back the same graph.
 */
class RemoveCommandIT {

    /** Every paper, concept, relation, link and result (with its links to concepts) of Neo4j, one sorted line each. */
    static final String NEO4J_CONTENT = """
            CALL { MATCH (p:Paper) RETURN 'paper ' + p.id + ' ' + p.title AS line
                   UNION MATCH (c:Concept) RETURN 'concept ' + c.id + ' ' + c.type + ' ' + c.name AS line
                   UNION MATCH (p:Paper)-[r]->(c:Concept) RETURN 'rel ' + p.id + ' ' + type(r) + ' ' + c.id AS line
                   UNION MATCH (a:Paper)-[s:SHARES_CONCEPT]->(b:Paper)
                         RETURN 'link ' + a.id + ' ' + b.id + ' ' + toString(s.weight) AS line
                   UNION MATCH (p:Paper)-[:REPORTS]->(r:Result)
                         RETURN 'result ' + p.id + ' ' + r.id + ' ' + r.valueText + ' ' + r.quote AS line
                   UNION MATCH (r:Result)-[l]->(c:Concept) RETURN 'part ' + r.id + ' ' + type(l) + ' ' + c.id AS line }
            RETURN line ORDER BY line""";
    /** How many quads, papers and concepts the RDF store holds. */
    static final String RDF_COUNTS = """
            PREFIX pg: <https://papergraph.org/ontology#>
            SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?concept) AS ?concepts)
            WHERE { GRAPH ?g { ?s ?p ?o } OPTIONAL { ?s a pg:Paper BIND(?s AS ?paper) }
                    OPTIONAL { GRAPH <https://papergraph.org/id/graph/concepts> { ?s a pg:Concept BIND(?s AS ?concept) } } }""";
    static final String SIMSCALE_TITLE = "SimScale: Learning to Drive via Real-World Simulation at Scale";

    @TempDir
    Path dir;

    @Test
    void removeThenRemoveAgainThenReAddGivesBackTheSameGraph() throws Exception {
        Path input = ExamplePapers.first(12, dir.resolve("papers.txt"));
        String data = dir.resolve("data").toString();
        assertEquals(0, CliRun.of("build", input.toString(), "--data", data).code());
        String neo4jBefore = query(data, "--cypher", NEO4J_CONTENT);
        String rdfBefore = query(data, "--sparql", RDF_COUNTS);
        String removedId = "title:d5fc4e2af447d34c";
        assertTrue(neo4jBefore.contains("paper " + removedId), neo4jBefore);
        assertTrue(neo4jBefore.contains("result " + removedId + " " + removedId + "/abstract-"), "it reports results");
        assertEquals(0, CliRun.of("export", "--format", "gexf", "--data", data).code());
        List<Path> exports = Stream.of("graph.trig", "graph.graphml", "graph.gexf")
                .map(f -> Path.of(data, "export", f)).toList();
        for (Path file : exports) {
            assertTrue(Files.readString(file).contains(removedId), file.toString());
        }

        CliRun removed = CliRun.of("remove", removedId, SIMSCALE_TITLE.toUpperCase(), "no such paper", "--data", data);

        assertEquals(0, removed.code(), removed.err());
        assertTrue(removed.err().contains("removed:  2 papers"), removed.err());
        assertTrue(removed.err().contains("warning: no paper has the id or title 'no such paper'"), removed.err());
        String neo4jAfter = query(data, "--cypher", NEO4J_CONTENT);
        assertFalse(neo4jAfter.contains(removedId), "the paper, its relations, links and results are gone from Neo4j");
        assertFalse(neo4jAfter.contains("concept memory-aided-contrastive-consensus-learning "),
                "a concept only the removed paper named is gone");
        assertTrue(neo4jAfter.contains("paper "), "the other papers stay");
        assertTrue(removed.err().contains("files:    " + exports.stream().map(Path::toString)
                .collect(Collectors.joining(", "))), "every export file there is rewritten: " + removed.err());
        for (Path file : exports) {
            assertFalse(Files.readString(file).contains(removedId), file.toString());
        }
        String rdfAfter = query(data, "--sparql", RDF_COUNTS);
        assertNotEquals(rdfBefore, rdfAfter);
        assertEquals("n\n0\n", query(data, "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(CONTAINS(STR(?g), 'd5fc4e2af447d34c')) }"), "the paper's graph is gone from the RDF store");

        CliRun again = CliRun.of("remove", removedId, "--data", data);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("removed:  0 papers"), again.err());
        assertEquals(rdfAfter, query(data, "--sparql", RDF_COUNTS), "removing twice changes nothing");

        assertEquals(0, CliRun.of("build", input.toString(), "--data", data).code());
        assertEquals(neo4jBefore, query(data, "--cypher", NEO4J_CONTENT), "re-adding gives back the same Neo4j graph");
        for (Path file : exports) {
            assertTrue(Files.readString(file).contains(removedId), "a build rewrites every export file there: " + file);
        }
        assertEquals(rdfBefore, query(data, "--sparql", RDF_COUNTS), "and the same RDF store");
    }

    private static String query(String data, String engine, String text) {
        CliRun r = CliRun.of("query", engine, text, "--data", data, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        return r.out();
    }
}
