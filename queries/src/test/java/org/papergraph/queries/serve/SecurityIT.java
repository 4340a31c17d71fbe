package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.queries.ExampleGraph;
import org.papergraph.queries.catalog.NamedQuery;
import org.papergraph.queries.catalog.QueryCatalog;
import org.papergraph.queries.catalog.QueryParameter;

/**
 * A hostile client against a real {@code serve} on loopback without a password (the default): every attempt to
 * change the server, read the machine's files or make the server reach other hosts is made over HTTP and over Bolt,
 * and must be refused. A local "bait" HTTP server counts the requests a refused fetch would have made.
 */
@ExtendWith(ExampleGraph.Extension.class)
class SecurityIT {

    static final String JSON = "application/sparql-results+json";
    static final ObjectMapper mapper = new ObjectMapper();
    static final Http http = new Http();

    static ExampleGraph graph;
    static PapergraphServer server;
    static Driver driver;
    static HttpServer bait;
    static final AtomicInteger baitHits = new AtomicInteger();

    @BeforeAll
    static void start(ExampleGraph g) throws IOException {
        graph = g;
        bait = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bait.createContext("/", exchange -> {
            baitHits.incrementAndGet();
            byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        bait.start();
        server = PapergraphServer.create().data(g.data()).sparqlPort(0).httpPort(0).boltPort(0).build().start();
        driver = GraphDatabase.driver(server.boltUri());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.close();
        }
        if (server != null) {
            server.close();
        }
        if (bait != null) {
            bait.stop(0);
        }
    }

    @BeforeEach
    void resetBait() {
        baitHits.set(0);
    }

    static String baitUrl() {
        return "http://127.0.0.1:" + bait.getAddress().getPort() + "/data.csv";
    }

    /** Runs one statement through Neo4j's HTTP transaction API; returns its errors as "code: message" (none: it ran). */
    static List<String> httpCypherErrors(String database, String statement) throws IOException {
        HttpResponse<String> r = http.postJson("http://127.0.0.1:" + server.httpPort() + "/db/" + database + "/tx/commit",
                mapper.writeValueAsString(Map.of("statements", List.of(Map.of("statement", statement)))));
        assertEquals(200, r.statusCode(), r.body());
        List<String> errors = new ArrayList<>();
        mapper.readTree(r.body()).path("errors")
                .forEach(e -> errors.add(e.path("code").asText() + ": " + e.path("message").asText()));
        return errors;
    }

    /**
     * Runs one statement through Neo4j's Query API ({@code /db/DATABASE/query/v2}); returns its errors as
     * "code: message" (none: it ran). The API answers 202 when it ran, 4xx when it refused.
     */
    static List<String> queryApiErrors(String database, String statement) throws IOException {
        HttpResponse<String> r = http.postJson("http://127.0.0.1:" + server.httpPort() + "/db/" + database + "/query/v2",
                mapper.writeValueAsString(Map.of("statement", statement)));
        assertTrue(r.statusCode() == 202 || r.statusCode() / 100 == 4, r.statusCode() + " " + r.body());
        List<String> errors = new ArrayList<>();
        mapper.readTree(r.body()).path("errors")
                .forEach(e -> errors.add(e.path("code").asText() + ": " + e.path("message").asText()));
        return errors;
    }

    /** Runs one statement over Bolt; returns the error as "code: message", or null when it ran. */
    static String boltCypherError(String database, String statement) {
        try (Session s = driver.session(SessionConfig.forDatabase(database))) {
            s.run(statement).consume();
            return null;
        } catch (Neo4jException e) {
            return e.code() + ": " + e.getMessage();
        }
    }

    static void refusedOverHttpAndBolt(String database, String statement) throws IOException {
        refusedOverHttpAndBolt(database, statement, "");
    }

    /**
     * Refused over HTTP (the transaction API and the Query API) and over Bolt, and each refusal names {@code reason}:
     * the safeguard refused it, not some other error.
     */
    static void refusedOverHttpAndBolt(String database, String statement, String reason) throws IOException {
        for (List<String> httpErrors : List.of(httpCypherErrors(database, statement), queryApiErrors(database, statement))) {
            assertFalse(httpErrors.isEmpty(), "HTTP ran: " + statement);
            assertTrue(httpErrors.get(0).contains(reason), httpErrors.get(0));
        }
        String boltError = boltCypherError(database, statement);
        assertTrue(boltError != null, "Bolt ran: " + statement);
        assertTrue(boltError.contains(reason), boltError);
    }

    static List<String> users() {
        try (Session s = driver.session(SessionConfig.forDatabase("system"))) {
            return s.run("SHOW USERS YIELD user RETURN user ORDER BY user").list(r -> r.get("user").asString());
        }
    }

    @Test
    void noUserCanBeCreatedOrChangedOverHttpOrBolt() throws IOException {
        List<String> before = users();
        String guard = "TransactionHookFailed";
        refusedOverHttpAndBolt("system", "CREATE USER evil SET PASSWORD 'evil-password' CHANGE NOT REQUIRED", guard);
        refusedOverHttpAndBolt("system", "CREATE USER evil IF NOT EXISTS SET PLAINTEXT PASSWORD 'evil-password'", guard);
        refusedOverHttpAndBolt("system", "ALTER USER neo4j SET PASSWORD 'another-password' CHANGE NOT REQUIRED", guard);
        assertEquals(before, users(), "the system database is unchanged");
        assertFalse(users().contains("evil"));
    }

    @Test
    void databasesCannotBeStoppedOrCreated() throws IOException {
        refusedOverHttpAndBolt("system", "STOP DATABASE neo4j");
        refusedOverHttpAndBolt("system", "CREATE DATABASE other");
        assertEquals(List.of(), httpCypherErrors("neo4j", "MATCH (p:Paper) RETURN count(p)"), "the graph still answers");
        assertEquals(List.of(), queryApiErrors("neo4j", "MATCH (p:Paper) RETURN count(p)"), "over the Query API too");
    }

    @Test
    void theGraphCannotBeWritten() throws IOException {
        refusedOverHttpAndBolt("neo4j", "CREATE (:Paper {id: 'evil'})");
        refusedOverHttpAndBolt("neo4j", "MATCH (p:Paper) DETACH DELETE p");
        refusedOverHttpAndBolt("neo4j", "CREATE INDEX evil FOR (p:Paper) ON (p.evil)");
        refusedOverHttpAndBolt("neo4j", "CALL db.createLabel('Evil')");
        try (Session s = driver.session()) {
            assertEquals(graph.papers(), s.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
        }
    }

    @Test
    void loadCsvCannotReadLocalFiles() throws IOException {
        for (String url : List.of("file:///etc/passwd", "file:///../../../../etc/passwd", "file:///papergraph.conf",
                graph.data().toAbsolutePath().resolve("tdb2").toUri().toString())) {
            refusedOverHttpAndBolt("neo4j", "LOAD CSV FROM '" + url + "' AS r RETURN r LIMIT 1",
                    "allow_csv_import_from_file_urls");
        }
    }

    @Test
    void loadCsvCannotFetchUrls() throws IOException {
        refusedOverHttpAndBolt("neo4j", "LOAD CSV FROM '" + baitUrl() + "' AS r RETURN r LIMIT 1", "cypher_ip_blocklist");
        refusedOverHttpAndBolt("neo4j", "LOAD CSV FROM 'http://localhost:" + bait.getAddress().getPort() + "/x' AS r RETURN r",
                "cypher_ip_blocklist");
        assertEquals(0, baitHits.get(), "Neo4j made no request");
    }

    @Test
    void sparqlServiceCannotFetchUrls() {
        HttpResponse<String> r = http.query(server.sparqlUrl(),
                "SELECT * WHERE { SERVICE <" + baitUrl() + "> { ?s ?p ?o } }", JSON);
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        HttpResponse<String> silent = http.query(server.sparqlUrl(),
                "SELECT * WHERE { SERVICE SILENT <" + baitUrl() + "> { ?s ?p ?o } }", JSON);
        assertTrue(silent.statusCode() >= 400 || !silent.body().contains("\"s\" : {"), silent.body());
        assertEquals(0, baitHits.get(), "the SPARQL endpoint made no request");
    }

    @Test
    void neo4jAnswersCrossOriginRequestsOnlyForItsOwnPages() {
        String evil = "http://evil.example";
        for (HttpResponse<String> r : List.of(
                http.send("GET", "http://127.0.0.1:" + server.httpPort() + "/", Map.of("Origin", evil), null),
                http.send("OPTIONS", "http://127.0.0.1:" + server.httpPort() + "/db/neo4j/tx/commit",
                        Map.of("Origin", evil, "Access-Control-Request-Method", "POST"), null),
                http.send("OPTIONS", server.queryApiUrl(),
                        Map.of("Origin", evil, "Access-Control-Request-Method", "POST"), null),
                http.send("POST", server.queryApiUrl(), Map.of("Origin", evil, "Content-Type", "application/json"),
                        "{\"statement\": \"RETURN 1\"}"))) {
            String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
            assertNotEquals("*", allowed, r.uri().toString());
            assertNotEquals(evil, allowed, r.uri().toString());
        }
    }

    @Test
    void proceduresAreLimitedToWhatClientsNeed() throws IOException {
        assertEquals(List.of(), httpCypherErrors("neo4j", "CALL db.labels()"), "Neo4j Browser needs db.labels");
        try (Session s = driver.session()) {
            List<String> loaded = s.run("SHOW PROCEDURES YIELD name RETURN name").list(r -> r.get("name").asString());
            assertTrue(loaded.containsAll(List.of("db.labels", "db.schema.visualization", "dbms.components")), loaded.toString());
            assertTrue(loaded.size() <= 20, "only what clients need: " + loaded);
        }
        for (String procedure : List.of("dbms.listConfig()", "dbms.queryJmx('*:*')", "db.clearQueryCaches()",
                "db.createLabel('Evil')", "dbms.listCapabilities()")) {
            refusedOverHttpAndBolt("neo4j", "CALL " + procedure, "ProcedureNotFound");
        }
    }

    @Test
    void sparqlUpdatesAndGraphStoreWritesAreRefused() {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        String before = http.query(server.sparqlUrl(), count, "text/csv").body();
        String insert = "update=" + Http.encode("INSERT DATA { <urn:x> <urn:y> \"z\" }");
        String dataset = server.sparqlUrl().replace("/sparql", "");
        assertTrue(http.postForm(server.updateUrl(), insert).statusCode() >= 400);
        assertTrue(http.postForm(dataset, insert).statusCode() >= 400);
        assertTrue(http.postForm(server.sparqlUrl(), insert).statusCode() >= 400);
        assertTrue(http.put(dataset + "/data?default", "text/turtle", "<urn:x> <urn:y> \"z\" .").statusCode() >= 400);
        assertTrue(http.send("DELETE", dataset + "/data?default", Map.of(), null).statusCode() >= 400);
        assertEquals(before, http.query(server.sparqlUrl(), count, "text/csv").body());
    }

    @Test
    void fusekiAdminFunctionsAreClosed() {
        String base = "http://127.0.0.1:" + server.sparqlPort();
        for (String path : List.of("/$/datasets", "/$/backup/papergraph", "/$/compact/papergraph", "/$/reload",
                "/$/tasks", "/$/sleep", "/$/metrics", "/$/logs", "/$/backups/list")) {
            int get = http.send("GET", base + path, Map.of(), null).statusCode();
            int post = http.send("POST", base + path, Map.of(), "").statusCode();
            assertTrue(get >= 400 && post >= 400, path + ": GET " + get + ", POST " + post);
        }
        int addDataset = http.postForm(base + "/$/datasets", "dbName=evil&dbType=mem").statusCode();
        assertTrue(addDataset >= 400, "adding a dataset: " + addDataset);
    }

    @Test
    void pathTraversalReadsNoFile() throws IOException {
        for (int port : new int[] {server.sparqlPort(), server.httpPort()}) {
            for (String path : List.of("/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                    "/browser/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/../../../../etc/passwd",
                    "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/papergraph/..%2f..%2f..%2fetc%2fpasswd")) {
                String response = rawGet(port, path);
                assertFalse(response.contains("root:x:0:0"), port + path);
            }
        }
    }

    @Test
    void anyHostButLoopbackNeedsAPasswordOfEightCharacters() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> PapergraphServer.create().data(graph.data()).host("0.0.0.0").build());
        assertTrue(none.getMessage().contains("password"), none.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PapergraphServer.create().data(graph.data()).host("0.0.0.0").password("short").build());
    }

    @Test
    void hostileParametersStayValuesInBothEngines() {
        List<String> hostile = List.of("x\" } ; DROP ALL ; #", "x' }) MATCH (n) DETACH DELETE n //",
                "\"}} INSERT DATA { <urn:a> <urn:b> <urn:c> } #", "x\\\"; CALL dbms.listConfig() //", "\u0000\n}}'\"");
        long triples = tripleCount();
        try (PapergraphStore store = PapergraphStore.open(graph.data().resolve("tdb2"))) {
            for (NamedQuery q : QueryCatalog.standard().queries()) {
                List<String> texts = q.parameters().stream()
                        .filter(p -> p.type() == QueryParameter.Type.STRING && p.choices().isEmpty())
                        .map(QueryParameter::name).toList();
                for (String value : texts.isEmpty() ? List.<String>of() : hostile) {
                    Map<String, String> given = new HashMap<>();
                    texts.forEach(name -> given.put(name, value));
                    assertEquals(List.of(), q.runSparql(store.dataset(), given).rows(), q.name() + " " + value);
                    assertEquals(List.of(), q.runCypher(driver, given).rows(), q.name() + " " + value);
                }
            }
        }
        assertEquals(triples, tripleCount());
        try (Session s = driver.session()) {
            assertEquals(graph.papers(), s.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
            for (String value : hostile) {
                assertEquals(value, s.run("RETURN $v AS v", Map.of("v", value)).single().get("v").asString());
            }
        }
    }

    static long tripleCount() {
        String csv = http.query(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv").body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
    }

    /** A GET with the request line exactly as given: HTTP clients normalise "..", attackers do not. */
    static String rawGet(int port, String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
