package org.papergraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/** The in-process Neo4j every papergraph command starts (build and query too, not only serve), as a client sees it. */
class EmbeddedNeo4jIT {

    @TempDir
    Path home;

    @Test
    void aWritableGraphStillRefusesAdministrationFilesAndUrls() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.create().home(home).start();
             Driver driver = GraphDatabase.driver(neo4j.boltUri())) {
            try (Session s = driver.session()) {
                s.run("CREATE (:Paper {id: 'p1'})").consume();
                assertEquals(1, s.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
            }
            Map<String, String> refusals = Map.of(
                    "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", "allow_csv_import_from_file_urls",
                    "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS r RETURN r", "cypher_ip_blocklist",
                    "CALL dbms.listConfig()", "ProcedureNotFound");
            refusals.forEach((statement, reason) -> {
                try (Session s = driver.session()) {
                    Neo4jException e = assertThrows(Neo4jException.class, () -> s.run(statement).consume(), statement);
                    assertTrue((e.code() + ": " + e.getMessage()).contains(reason), e.code() + ": " + e.getMessage());
                }
            });
            try (Session system = driver.session(SessionConfig.forDatabase("system"))) {
                Neo4jException e = assertThrows(Neo4jException.class,
                        () -> system.run("CREATE USER evil SET PASSWORD 'evil-password'").consume());
                assertTrue(e.getMessage().contains("does not allow administration"), e.getMessage());
            }
        }
    }

    @Test
    void administrationIsAllowedOnlyWhenAsked() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.create().home(home).administration(true).start();
             Driver driver = GraphDatabase.driver(neo4j.boltUri());
             Session system = driver.session(SessionConfig.forDatabase("system"))) {
            system.run("CREATE USER reader SET PASSWORD 'reader-password' CHANGE NOT REQUIRED").consume();
            assertEquals(List.of("neo4j", "reader"),
                    system.run("SHOW USERS YIELD user RETURN user ORDER BY user").list(r -> r.get("user").asString()));
        }
    }

    @Test
    void aHomeAnotherProcessHoldsIsNamedWithThatProcess() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldNeo4j.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("started")) {
                // Neo4j's start-up lines, if any, come first.
            }
            assertTrue(line != null, "the holding process did not start Neo4j");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EmbeddedNeo4j.create().home(home).start().close());
            assertTrue(e.getMessage().contains("process " + holder.pid() + " ("), e.getMessage());
            assertTrue(e.getMessage().contains("stop that process first"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(60, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }
}
