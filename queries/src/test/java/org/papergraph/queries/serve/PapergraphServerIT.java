package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.queries.ExampleGraph;
import org.papergraph.queries.run.CypherRunner;
import org.w3c.dom.Document;

/**
 * {@code serve} over the example graph, seen by real clients: SPARQL protocol requests over HTTP, Cypher over Bolt
 * with the driver, and the pages of Neo4j Browser and the Fuseki UI. The server starts once, on free ports.
 */
@ExtendWith(ExampleGraph.Extension.class)
class PapergraphServerIT {

    static final String MEMORY_AIDED = "Memory-aided Contrastive Consensus Learning for Co-salient Object Detection";
    static final String TITLES = """
            PREFIX pg: <https://papergraph.org/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?id ?title WHERE { ?p pg:paperId ?id ; dcterms:title ?title } ORDER BY ?id""";
    static final String JSON = "application/sparql-results+json";
    static final Duration LIMIT = Duration.ofSeconds(3);

    static ExampleGraph graph;
    static PapergraphServer server;
    static Driver driver;
    static final Http http = new Http();
    static final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start(ExampleGraph g) {
        graph = g;
        server = PapergraphServer.create().data(g.data()).sparqlPort(0).httpPort(0).boltPort(0).queryTimeout(LIMIT)
                .build().start();
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
    }

    /** The rows of a SPARQL JSON results document, as variable -> value maps. */
    static List<Map<String, String>> rows(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON));
        JsonNode results = mapper.readTree(response.body());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : results.path("results").path("bindings")) {
            Map<String, String> row = new HashMap<>();
            b.properties().forEach(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
            rows.add(row);
        }
        return rows;
    }

    @Test
    void urlsAreOnTheLoopbackHost() {
        assertEquals("http://127.0.0.1:" + server.sparqlPort() + "/papergraph/sparql", server.sparqlUrl());
        assertEquals("bolt://127.0.0.1:" + server.boltPort(), server.boltUri());
        assertEquals(graph.papers(), server.paperCount());
    }

    @Test
    void sparqlGetAnswersJsonResults() throws Exception {
        HttpResponse<String> r = http.query(server.sparqlUrl(), TITLES, JSON);
        JsonNode head = mapper.readTree(r.body()).path("head").path("vars");
        assertEquals("[\"id\",\"title\"]", head.toString());
        List<Map<String, String>> rows = rows(r);
        assertEquals(graph.papers(), rows.size());
        assertTrue(rows.contains(Map.of("id", "title:d5fc4e2af447d34c", "title", MEMORY_AIDED)), rows.toString());
    }

    @Test
    void sparqlPostFormsGiveTheSameAnswer() throws Exception {
        List<Map<String, String>> get = rows(http.query(server.sparqlUrl(), TITLES, JSON));
        assertEquals(get, rows(http.queryForm(server.sparqlUrl(), TITLES, JSON)));
        assertEquals(get, rows(http.queryPost(server.sparqlUrl(), TITLES, JSON)));
        // The dataset URL answers queries too, as the SPARQL protocol allows.
        assertEquals(get, rows(http.query(server.sparqlUrl().replace("/sparql", ""), TITLES, JSON)));
    }

    @Test
    void resultFormatsAreNegotiated() throws Exception {
        HttpResponse<String> xml = http.query(server.sparqlUrl(), TITLES, "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("sparql", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName());
        assertEquals(graph.papers(), doc.getElementsByTagName("result").getLength());

        HttpResponse<String> csv = http.query(server.sparqlUrl(), TITLES, "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("id,title\r\n"), csv.body().substring(0, 40));
        assertTrue(csv.body().contains("title:d5fc4e2af447d34c," + MEMORY_AIDED));

        HttpResponse<String> tsv = http.query(server.sparqlUrl(), TITLES, "text/tab-separated-values");
        assertTrue(tsv.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertTrue(tsv.body().startsWith("?id\t?title\n"));
        assertEquals(graph.papers() + 1, tsv.body().split("\n").length);
    }

    @Test
    void aMalformedQueryIsA400WithTheParsersMessageAndTheServerGoesOn() throws Exception {
        HttpResponse<String> bad = http.query(server.sparqlUrl(), "SELECT ?x WHERE { ?x ", JSON);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Parse error") && bad.body().contains("line 1"), bad.body());
        assertEquals(graph.papers(), rows(http.query(server.sparqlUrl(), TITLES, JSON)).size());
    }

    @Test
    void aPageFromAnyOriginMayQueryTheSparqlEndpointButNotWrite() {
        String page = "http://notebook.example:8888";
        HttpResponse<String> preflight = http.send("OPTIONS", server.sparqlUrl(), Map.of("Origin", page,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"), null);
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals("*", Http.header(preflight, "Access-Control-Allow-Origin"));
        assertEquals("GET, POST, HEAD", Http.header(preflight, "Access-Control-Allow-Methods"), "read-only: no PUT, DELETE");
        assertTrue(Http.header(preflight, "Access-Control-Allow-Headers").contains("Content-Type"), preflight.headers().toString());

        HttpResponse<String> answer = http.send("GET", server.sparqlUrl() + "?query=" + Http.encode(TITLES),
                Map.of("Origin", page, "Accept", JSON), null);
        assertEquals(200, answer.statusCode());
        assertEquals("*", Http.header(answer, "Access-Control-Allow-Origin"));
        assertEquals("", Http.header(answer, "Access-Control-Allow-Credentials"), "* never goes with credentials");
        HttpResponse<String> error = http.send("GET", server.sparqlUrl() + "?query=" + Http.encode("SELECT ?x WHERE { ?x "),
                Map.of("Origin", page, "Accept", JSON), null);
        assertEquals(400, error.statusCode());
        assertEquals("*", Http.header(error, "Access-Control-Allow-Origin"), "the page can read the parser's message");
        assertEquals("", Http.header(http.query(server.sparqlUrl(), TITLES, JSON), "Access-Control-Allow-Origin"),
                "a request from no page is no cross-origin request");
    }

    @Test
    void aQueryOverTheTimeLimitAnswersWithAnError() {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.query(server.sparqlUrl(),
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", JSON);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("Query timed out"), r.body());
        assertTrue(secs < LIMIT.toSeconds() + 15, "answered after " + secs + " s");
    }

    @Test
    void theFusekiUiIsServedWithTheFunctionsItCalls() throws Exception {
        HttpResponse<String> page = http.get("http://127.0.0.1:" + server.sparqlPort() + "/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Apache Jena Fuseki UI</title>"), page.body());
        String base = "http://127.0.0.1:" + server.sparqlPort() + "/$/";
        assertEquals(200, http.get(base + "ping", "text/plain").statusCode());
        JsonNode status = mapper.readTree(http.get(base + "server", "application/json").body());
        JsonNode dataset = status.path("datasets").get(0);
        assertEquals("/papergraph", dataset.path("ds.name").asText());
        assertTrue(dataset.path("ds.services").toString().contains("\"sparql\""), dataset.toString());
        assertEquals(200, http.get(base + "stats/papergraph", "application/json").statusCode());
    }

    @Test
    void neo4jBrowserIsServedAndDiscoveryGivesTheRealBoltAddress() throws Exception {
        assertEquals("http://127.0.0.1:" + server.httpPort() + "/papergraph/browser?preselectAuthMethod=NO_AUTH",
                server.browserUrl());
        HttpResponse<String> start = http.get(server.browserUrl(), "text/html");
        assertEquals(200, start.statusCode());
        assertTrue(start.body().contains("localStorage.setItem(\"neo4j.grass\"")
                && start.body().contains("location.replace(\"/browser/\" + location.search)"), start.body());
        HttpResponse<String> page = http.get("http://127.0.0.1:" + server.httpPort() + "/browser/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Neo4j Browser</title>"));
        JsonNode discovery = mapper.readTree(http.get("http://127.0.0.1:" + server.httpPort() + "/", "application/json").body());
        assertEquals(server.boltUri(), discovery.path("bolt_direct").asText());
        assertEquals("neo4j://127.0.0.1:" + server.boltPort(), discovery.path("bolt_routing").asText());
    }

    @Test
    void neo4jBrowserPlaysPapergraphsGuideWhenItConnectsAndHasItsStyle() {
        HttpResponse<String> guide = http.get(server.browserGuideUrl(), "text/html");
        assertEquals(200, guide.statusCode());
        assertTrue(guide.body().contains("<pre class=\"runnable\">MATCH (p:Paper)"), guide.body());
        assertTrue(guide.body().contains(":style " + server.browserStyleUrl()), "the style's address is filled in");
        HttpResponse<String> grass = http.get(server.browserStyleUrl(), "text/plain");
        assertEquals(200, grass.statusCode());
        assertTrue(grass.body().contains("node.Paper {") && grass.body().contains("caption: \"{title}\""), grass.body());
        for (ConceptType t : ConceptType.values()) {
            assertTrue(grass.body().contains("node." + t.label() + " {"), t.label());
        }
        Map<String, String> config = new HashMap<>();
        try (Session s = driver.session()) {
            s.run("CALL dbms.clientConfig()").forEachRemaining(r -> config.put(r.get("name").asString(), r.get("value").asString()));
        }
        assertEquals("play " + server.browserGuideUrl(), config.get("browser.post_connect_cmd"));
        assertEquals("127.0.0.1", config.get("browser.remote_content_hostname_whitelist"));
        assertEquals("false", config.get("dbms.security.auth_enabled"));
    }

    @Test
    void cypherOverBoltWithParameters() {
        try (Session s = driver.session()) {
            assertEquals(graph.papers(), s.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
            Record r = s.run("MATCH (p:Paper {id: $id}) RETURN p.title AS title", Values.parameters("id", "title:d5fc4e2af447d34c"))
                    .single();
            assertEquals(MEMORY_AIDED, r.get("title").asString());
        }
    }

    @Test
    void neo4jsQueryApiAnswersWhereDiscoverySaysAndRefusesWritesAsBoltDoes() throws Exception {
        JsonNode discovery = mapper.readTree(http.get("http://127.0.0.1:" + server.httpPort() + "/", "application/json").body());
        assertEquals(server.queryApiUrl(), discovery.path("query").asText().replace("{databaseName}", "neo4j"));

        HttpResponse<String> read = http.postJson(server.queryApiUrl(), mapper.writeValueAsString(Map.of(
                "statement", "MATCH (p:Paper {id: $id}) RETURN p.title AS title",
                "parameters", Map.of("id", "title:d5fc4e2af447d34c"))));
        assertEquals(202, read.statusCode(), read.body());
        JsonNode data = mapper.readTree(read.body()).path("data");
        assertEquals("[\"title\"]", data.path("fields").toString());
        assertEquals(MEMORY_AIDED, data.path("values").path(0).path(0).asText(), read.body());

        String write = "CREATE (:Paper {id: 'written over HTTP'})";
        HttpResponse<String> refused = http.postJson(server.queryApiUrl(), mapper.writeValueAsString(Map.of("statement", write)));
        assertEquals(400, refused.statusCode(), refused.body());
        String boltCode;
        try (Session s = driver.session()) {
            boltCode = assertThrows(ClientException.class, () -> s.run(write).consume()).code();
        }
        assertEquals(boltCode, mapper.readTree(refused.body()).path("errors").path(0).path("code").asText(), refused.body());
        try (Session s = driver.session()) {
            assertEquals(graph.papers(), s.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
        }
    }

    @Test
    void neo4jIsReadOnlyAndTimesOutLongTransactions() {
        try (Session s = driver.session()) {
            ClientException write = assertThrows(ClientException.class, () -> s.run("CREATE (:Paper {id: 'x'})").consume());
            assertTrue(write.getMessage().toLowerCase().contains("read"), write.getMessage());
        }
        long t0 = System.nanoTime();
        try (Session s = driver.session()) {
            Exception slow = assertThrows(Exception.class,
                    () -> s.run("MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = 'x' RETURN count(*) AS n").consume());
            assertTrue(slow.getMessage().toLowerCase().contains("timeout") || slow.getMessage().toLowerCase().contains("timed out"),
                    slow.getMessage());
        }
        assertTrue((System.nanoTime() - t0) / 1e9 < LIMIT.toSeconds() + 15);
    }

    @Test
    void malformedCypherIsAClearErrorAndBoltGoesOn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CypherRunner.run(driver, "MATCH (p:Paper RETURN p", Map.of()));
        assertTrue(e.getMessage().startsWith("Cypher error: Invalid input"), e.getMessage());
        assertEquals(List.of(List.of(Integer.toString(graph.papers()))),
                CypherRunner.run(driver, "MATCH (p:Paper) RETURN count(p) AS n", Map.of()).rows());
    }

    @Test
    void aTakenPortIsNamedWithTheOptionToChangeIt() {
        record Taken(String what, int port, String option, PapergraphServer.Builder builder) {
        }
        List<Taken> cases = List.of(
                new Taken("SPARQL", server.sparqlPort(), "--sparql-port",
                        PapergraphServer.create().sparqlPort(server.sparqlPort()).httpPort(0).boltPort(0)),
                new Taken("HTTP", server.httpPort(), "--http-port",
                        PapergraphServer.create().sparqlPort(0).httpPort(server.httpPort()).boltPort(0)),
                new Taken("Bolt", server.boltPort(), "--bolt-port",
                        PapergraphServer.create().sparqlPort(0).httpPort(0).boltPort(server.boltPort())));
        for (Taken t : cases) {
            PapergraphServer second = t.builder().data(graph.data()).build();
            IllegalStateException e = assertThrows(IllegalStateException.class, second::start);
            assertEquals(t.what() + " port 127.0.0.1:" + t.port() + " is already in use; choose another with " + t.option(),
                    e.getMessage());
        }
        assertEquals(200, http.query(server.sparqlUrl(), TITLES, JSON).statusCode(), "the first server is unharmed");
    }
}
