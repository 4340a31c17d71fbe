package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.papergraph.queries.ExampleGraph;

/**
 * What the options that open {@code serve} up allow, and only when given: administration needs both
 * {@code --allow-update} and a password; {@code SERVICE} needs {@code --allow-service}. Each server runs over its own
 * copy of the example graph, since an allowed administration changes the data directory.
 */
@ExtendWith(ExampleGraph.Extension.class)
class AllowOptionsIT {

    static final String PASSWORD = "papergraph-secret";
    static final String CREATE_USER = "CREATE USER reader SET PASSWORD 'reader-password' CHANGE NOT REQUIRED";

    @TempDir
    Path dir;

    @Test
    void allowUpdateWithoutAPasswordStillRefusesAdministration(ExampleGraph graph) throws IOException {
        try (PapergraphServer server = serve(graph).allowUpdate(true).build().start();
             Driver driver = GraphDatabase.driver(server.boltUri());
             Session system = driver.session(SessionConfig.forDatabase("system"))) {
            assertThrows(Neo4jException.class, () -> system.run(CREATE_USER).consume());
            try (Session graphSession = driver.session()) {
                graphSession.run("CREATE (:Note {text: 'writes are allowed'})").consume();
            }
        }
    }

    @Test
    void allowUpdateWithAPasswordAllowsAdministrationAndAllowServiceLetsSparqlFetch(ExampleGraph graph)
            throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer bait = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bait.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        bait.start();
        try (PapergraphServer server = serve(graph).allowUpdate(true).allowService(true).password(PASSWORD)
                .build().start();
             Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic(PapergraphServer.USER, PASSWORD));
             Session system = driver.session(SessionConfig.forDatabase("system"))) {
            system.run(CREATE_USER).consume();
            assertEquals(List.of("neo4j", "reader"),
                    system.run("SHOW USERS YIELD user RETURN user ORDER BY user").list(r -> r.get("user").asString()));

            HttpResponse<String> r = new Http(PapergraphServer.USER, PASSWORD).query(server.sparqlUrl(),
                    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:" + bait.getAddress().getPort() + "/x> "
                            + "{ ?s ?p ?o } }", "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(hits.get() > 0, "SERVICE fetched the URL");

            // With a password and no origin listed, no page from another origin may read the answers.
            HttpResponse<String> preflight = new Http().send("OPTIONS", server.sparqlUrl(), Map.of(
                    "Origin", "http://notebook.example", "Access-Control-Request-Method", "POST"), null);
            assertEquals(401, preflight.statusCode());
            HttpResponse<String> answer = new Http(PapergraphServer.USER, PASSWORD).send("GET",
                    server.sparqlUrl() + "?query=" + Http.encode("ASK {}"), Map.of("Origin", "http://notebook.example"), null);
            assertEquals(200, answer.statusCode());
            for (HttpResponse<String> cross : List.of(preflight, answer)) {
                assertTrue(cross.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), cross.headers().toString());
            }
        } finally {
            bait.stop(0);
        }
    }

    /** A server on free ports over a copy of the example graph. */
    private PapergraphServer.Builder serve(ExampleGraph graph) throws IOException {
        Path copy = dir.resolve("data");
        try (Stream<Path> files = Files.walk(graph.data())) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(graph.data().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock") && !p.getFileName().toString().equals("store_lock")) {
                    Files.copy(p, target);
                }
            }
        }
        return PapergraphServer.create().data(copy).sparqlPort(0).httpPort(0).boltPort(0);
    }
}
