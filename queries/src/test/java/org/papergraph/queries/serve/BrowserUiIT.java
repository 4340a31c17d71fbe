package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.papergraph.queries.ExampleGraph;

/**
 * End to end in a real browser (headless Chromium): Neo4j Browser opens on {@code serve}'s URL, connects to the
 * graph's Bolt port by itself, applies papergraph's style, and shows a paper's title from a Cypher query; then the
 * Fuseki UI runs a SPARQL query and shows a result row. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ExampleGraph.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserUiIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    static final String PAPER_ID = "title:d5fc4e2af447d34c";
    static final String PAPER_TITLE = "Memory-aided Contrastive Consensus Learning for Co-salient Object Detection";
    /** Papergraph's colours for papers and methods (papergraph.grass), as the Browser draws them. */
    static final String PAPER_COLOUR = "#4C8EDA";
    static final String METHOD_COLOUR = "#F79767";

    static PapergraphServer server;
    static WebDriver browser;
    static WebDriverWait wait;
    static Path profile;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Without Chromium the class builds nothing and starts nothing, and each test is skipped with this reason. */
    @BeforeEach
    void requireChromium() {
        assumeTrue(chromiumInstalled(), "the browser test needs headless Chromium: apt-get install -y chromium "
                + "chromium-driver (for " + CHROMIUM + " and " + CHROMEDRIVER + ")");
    }

    @BeforeAll
    static void start(ExampleGraph.Later graph) throws IOException {
        if (!chromiumInstalled()) {
            return;
        }
        server = PapergraphServer.create().data(graph.get().data()).sparqlPort(0).httpPort(0).boltPort(0).build().start();
        profile = Files.createTempDirectory("papergraph-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String page() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Types a query into Neo4j Browser's editor and runs it. */
    private static void runCypher(String query) {
        WebElement editor = wait.until(b -> b.findElement(By.cssSelector("[data-testid='activeEditor']")));
        editor.click();
        new Actions(browser).sendKeys(query).perform();
        browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
    }

    @Test
    @Order(1)
    void neo4jBrowserConnectsStylesAndShowsAPaperTitle() throws IOException {
        browser.get(server.browserUrl());
        wait.until(b -> page().contains("Connected to Neo4j"));
        screenshot("01-neo4j-browser-connected.png");
        // browser.post_connect_cmd ran ":style <url>": the frame shows papergraph's grass.
        wait.until(b -> page().contains(":style " + server.browserStyleUrl()) && page().contains("node.Paper"));

        runCypher("MATCH (p:Paper {id: '" + PAPER_ID + "'}) RETURN p.title AS title");
        wait.until(b -> b.findElements(By.cssSelector("[data-testid='frame']")).stream()
                .anyMatch(f -> f.getText().contains(PAPER_TITLE)));
        screenshot("02-neo4j-browser-title.png");

        runCypher("MATCH (p:Paper {id: '" + PAPER_ID + "'})-[r]->(c:Concept) RETURN p, r, c");
        wait.until(b -> b.findElements(By.cssSelector("svg g.node")).size() > 5);
        List<String> fills = browser.findElements(By.cssSelector("svg g.node circle.b-outline")).stream()
                .map(c -> String.valueOf(c.getAttribute("fill")).toUpperCase()).toList();
        assertTrue(fills.contains(PAPER_COLOUR) && fills.contains(METHOD_COLOUR), "papergraph's colours: " + fills);
        List<String> captions = browser.findElements(By.cssSelector("svg g.node text")).stream()
                .map(WebElement::getText).toList();
        assertTrue(captions.contains("Memory-aided"), "papers are captioned by title: " + captions);
        screenshot("neo4j-browser.png");
    }

    @Test
    @Order(2)
    void fusekiUiRunsASparqlQuery() throws IOException {
        String query = """
                PREFIX pg:   <https://papergraph.org/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

                # The benchmarks the most papers evaluate on
                SELECT ?benchmark (COUNT(DISTINCT ?paper) AS ?papers)
                WHERE {
                  ?paper pg:evaluatesOn ?c .
                  ?c a pg:Benchmark ;
                     skos:prefLabel ?benchmark .
                }
                GROUP BY ?benchmark
                ORDER BY DESC(?papers) ?benchmark
                LIMIT 10""";
        browser.manage().window().setSize(new Dimension(1400, 1350));
        browser.get(server.fusekiUiUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        WebElement run = wait.until(b -> b.findElement(By.cssSelector(".yasqe_queryButton")));
        wait.until(b -> page().contains("/papergraph/sparql") || !b.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        run.click();
        wait.until(b -> b.findElements(By.cssSelector(".yasr table tbody tr")).stream()
                .anyMatch(r -> r.getText().contains("GSM8K")));
        screenshot("fuseki-ui.png");
    }
}
