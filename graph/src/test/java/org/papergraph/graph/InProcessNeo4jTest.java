package org.papergraph.graph;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.papergraph.graph.neo4j.EmbeddedNeo4j;

/**
 * One real in-process Neo4j over Bolt for a test class; each test starts from an empty graph, as the driver's own
 * tests do, instead of a new server.
 */
abstract class InProcessNeo4jTest {

    @TempDir
    static Path dir;
    static EmbeddedNeo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void start() {
        neo4j = EmbeddedNeo4j.create().home(dir.resolve("neo4j")).start();
        driver = GraphDatabase.driver(neo4j.boltUri());
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void wipe() {
        try (Session s = driver.session()) {
            s.run("MATCH (n) DETACH DELETE n").consume();
        }
    }
}
