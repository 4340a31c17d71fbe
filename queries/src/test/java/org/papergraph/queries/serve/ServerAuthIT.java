package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.papergraph.queries.ExampleGraph;

/**
 * {@code serve --password}, as {@code --host} beyond loopback requires: Fuseki asks for HTTP basic auth, Neo4j for
 * its own, both as user neo4j; Neo4j Browser's page and style stay public so it can show its login form.
 */
@ExtendWith(ExampleGraph.Extension.class)
class ServerAuthIT {

    static final String PASSWORD = "papergraph-secret";
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    /** The one origin allowed to query from a browser. */
    static final String NOTEBOOK = "https://notebook.example";
    static PapergraphServer server;

    @BeforeAll
    static void start(ExampleGraph graph) {
        server = PapergraphServer.create().data(graph.data()).sparqlPort(0).httpPort(0).boltPort(0).password(PASSWORD)
                .corsOrigins(List.of(NOTEBOOK + "/")).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fusekiAsksForBasicAuth() {
        HttpResponse<String> anonymous = new Http().query(server.sparqlUrl(), COUNT, "application/sparql-results+json");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, new Http(PapergraphServer.USER, "wrong password").query(server.sparqlUrl(), COUNT, "text/csv").statusCode());
        assertEquals(401, new Http().get(server.fusekiUiUrl().replace("#/dataset/papergraph/query", ""), "text/html").statusCode());
        HttpResponse<String> known = new Http(PapergraphServer.USER, PASSWORD).query(server.sparqlUrl(), COUNT, "text/csv");
        assertEquals(200, known.statusCode(), known.body());
    }

    @Test
    void onlyTheListedOriginMayQueryFromABrowserAndStillNeedsThePassword() {
        Http anonymous = new Http();
        Http known = new Http(PapergraphServer.USER, PASSWORD);
        Map<String, String> preflight = Map.of("Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type");
        // Browsers send preflights without credentials: the listed origin's is answered before the login.
        HttpResponse<String> listed = anonymous.send("OPTIONS", server.sparqlUrl(), with(preflight, NOTEBOOK), null);
        assertEquals(204, listed.statusCode());
        assertEquals(NOTEBOOK, Http.header(listed, "Access-Control-Allow-Origin"));
        assertTrue(Http.header(listed, "Access-Control-Allow-Headers").contains("Authorization"), listed.headers().toString());
        assertTrue(Http.header(listed, "Vary").contains("Origin"));
        HttpResponse<String> other = anonymous.send("OPTIONS", server.sparqlUrl(), with(preflight, "https://evil.example"), null);
        assertEquals(401, other.statusCode());
        assertEquals("", Http.header(other, "Access-Control-Allow-Origin"));

        String url = server.sparqlUrl() + "?query=" + Http.encode(COUNT);
        assertEquals(401, anonymous.send("GET", url, Map.of("Origin", NOTEBOOK), null).statusCode());
        HttpResponse<String> answer = known.send("GET", url, Map.of("Origin", NOTEBOOK, "Accept", "text/csv"), null);
        assertEquals(200, answer.statusCode());
        assertEquals(NOTEBOOK, Http.header(answer, "Access-Control-Allow-Origin"));
        HttpResponse<String> unlisted = known.send("GET", url, Map.of("Origin", "https://evil.example"), null);
        assertEquals(200, unlisted.statusCode());
        assertEquals("", Http.header(unlisted, "Access-Control-Allow-Origin"));
    }

    static Map<String, String> with(Map<String, String> headers, String origin) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Origin", origin);
        return all;
    }

    @Test
    void neo4jAsksForItsCredentials() {
        try (Driver anonymous = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            assertThrows(AuthenticationException.class, anonymous::verifyConnectivity);
        }
        try (Driver known = GraphDatabase.driver(server.boltUri(), AuthTokens.basic(PapergraphServer.USER, PASSWORD))) {
            assertTrue(known.executableQuery("MATCH (p:Paper) RETURN count(p) AS n").execute().records().get(0)
                    .get("n").asLong() > 0);
        }
    }

    @Test
    void neo4jsQueryApiAsksForTheSameCredentials() {
        String count = "{\"statement\": \"MATCH (p:Paper) RETURN count(p) AS n\"}";
        assertEquals(401, new Http().postJson(server.queryApiUrl(), count).statusCode());
        assertEquals(401, new Http(PapergraphServer.USER, "wrong password").postJson(server.queryApiUrl(), count).statusCode());
        HttpResponse<String> known = new Http(PapergraphServer.USER, PASSWORD).postJson(server.queryApiUrl(), count);
        assertEquals(202, known.statusCode(), known.body());
        assertTrue(known.body().contains("\"fields\":[\"n\"]"), known.body());
    }

    @Test
    void evenTheNeo4jUserCannotAdministerWithoutAllowUpdate() {
        try (Driver known = GraphDatabase.driver(server.boltUri(), AuthTokens.basic(PapergraphServer.USER, PASSWORD));
             Session system = known.session(SessionConfig.forDatabase("system"))) {
            assertThrows(Neo4jException.class,
                    () -> system.run("CREATE USER evil SET PASSWORD 'evil-password' CHANGE NOT REQUIRED").consume());
            assertThrows(Neo4jException.class,
                    () -> system.run("ALTER CURRENT USER SET PASSWORD FROM $old TO 'another-password'",
                            Values.parameters("old", PASSWORD)).consume());
            assertEquals(List.of(PapergraphServer.USER),
                    system.run("SHOW USERS YIELD user RETURN user").list(r -> r.get("user").asString()));
        }
    }

    @Test
    void theBrowserPagesItsGuideAndItsStyleNeedNoLogin() {
        assertEquals("http://127.0.0.1:" + server.httpPort() + "/papergraph/browser", server.browserUrl(),
                "no preselected NO_AUTH");
        assertEquals(200, new Http().get(server.browserUrl(), "text/html").statusCode());
        assertEquals(200, new Http().get("http://127.0.0.1:" + server.httpPort() + "/browser/", "text/html").statusCode());
        assertEquals(200, new Http().get(server.browserGuideUrl(), "text/html").statusCode());
        assertEquals(200, new Http().get(server.browserStyleUrl(), "text/plain").statusCode());
    }
}
