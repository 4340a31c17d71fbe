package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.papergraph.ontology.vocab.PG;
import org.papergraph.queries.ExampleGraph;
import org.papergraph.queries.HeadlessChromium;
import org.papergraph.queries.catalog.NamedQuery;
import org.papergraph.queries.catalog.QueryCatalog;

/**
 * End to end in a real browser (headless Chromium): Neo4j Browser opens on {@code serve}'s URL, connects to the
 * graph's Bolt port by itself and plays papergraph's guide, whose first query draws a paper's neighbourhood in
 * papergraph's colours with whole captions; then the Fuseki UI opens on papergraph's prefixes and runs a named query
 * picked from its examples. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ExampleGraph.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserUiIT {

    static final Path SHOTS = Path.of("target/screenshots");
    /** Papergraph's colours for papers and methods (papergraph.grass), as the Browser draws them. */
    static final String PAPER_COLOUR = "#4C8EDA";
    static final String METHOD_COLOUR = "#F79767";

    /** The heading of papergraph's guide (guide.html). */
    static final String GUIDE_HEADING = "A paper's neighbourhood";

    static PapergraphServer server;
    static Driver driver;
    static WebDriver browser;
    static WebDriverWait wait;
    static Path profile;

    /** Without Chromium the class builds nothing and starts nothing, and each test is skipped with this reason. */
    @BeforeEach
    void requireChromium() {
        HeadlessChromium.assumeInstalled();
    }

    @BeforeAll
    static void start(ExampleGraph.Later graph) throws IOException {
        if (!HeadlessChromium.installed()) {
            return;
        }
        server = PapergraphServer.create().data(graph.get().data()).sparqlPort(0).httpPort(0).boltPort(0).build().start();
        driver = GraphDatabase.driver(server.boltUri());
        profile = Files.createTempDirectory("papergraph-chromium-");
        browser = HeadlessChromium.start(profile);
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
            if (driver != null) {
                driver.close();
            }
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

    /** Neo4j Browser's frames, the newest first. */
    private static List<WebElement> frames() {
        return browser.findElements(By.cssSelector("[data-testid='frame']"));
    }

    /** The newest frame once it shows {@code text}. */
    private static WebElement topFrameShowing(String text) {
        return wait.until(b -> {
            List<WebElement> frames = frames();
            return !frames.isEmpty() && frames.get(0).getText().contains(text) ? frames.get(0) : null;
        });
    }

    /** The captions of the nodes a frame draws, each node's caption lines joined. */
    private static List<String> captions(WebElement frame) {
        return frame.findElements(By.cssSelector("svg g.node")).stream()
                .map(node -> String.join(" ", node.findElements(By.cssSelector("text.caption")).stream()
                        .map(t -> t.getText().strip()).filter(t -> !t.isEmpty()).toList()))
                .toList();
    }

    /** What papergraph's style captions the nodes of a query's answer with: papers by title, concepts by name. */
    private static Set<String> fullCaptions(String cypher) {
        Set<String> captions = new TreeSet<>();
        try (Session s = driver.session()) {
            s.run(cypher).forEachRemaining(r -> r.values().stream().filter(v -> v.type().name().equals("NODE"))
                    .map(Value::asNode)
                    .forEach(n -> captions.add(n.get(n.hasLabel("Paper") ? "title" : "name").asString())));
        }
        return captions;
    }

    /** Draws a query's answer in a new frame; returns that frame once it shows {@code nodes} nodes. */
    private static WebElement draw(String cypher, int nodes) {
        runCypher(cypher);
        return wait.until(b -> {
            WebElement top = frames().get(0);
            return top.findElements(By.cssSelector("svg g.node")).size() == nodes ? top : null;
        });
    }

    private static List<String> fills(WebElement frame) {
        return frame.findElements(By.cssSelector("svg g.node circle.b-outline")).stream()
                .map(c -> String.valueOf(c.getAttribute("fill")).toUpperCase()).toList();
    }

    @Test
    @Order(1)
    void neo4jBrowserOpensOnPapergraphsGuideWhoseQueriesDrawWithPapergraphsStyle() throws IOException {
        browser.get(server.browserUrl());
        WebElement guide = topFrameShowing(GUIDE_HEADING);
        assertTrue(page().contains("Connected to Neo4j"), page());
        assertTrue(frames().stream().noneMatch(f -> f.getText().contains("node.Paper")),
                "the style applies without a :style frame printing it");
        screenshot("01-neo4j-browser-guide.png");

        // The guide's first query draws a paper's neighbourhood: its play icon runs it in a new frame.
        WebElement neighbourhood = guide.findElements(By.cssSelector("pre.runnable")).get(0);
        String cypher = neighbourhood.getText().strip();
        Set<String> expected = fullCaptions(cypher);
        assertTrue(expected.size() > 5, expected.toString());
        neighbourhood.findElement(By.cssSelector("i.fa-play-circle-o")).click();
        WebElement drawn = wait.until(b -> {
            WebElement top = frames().get(0);
            return top.findElements(By.cssSelector("svg g.node")).size() == expected.size() ? top : null;
        });
        assertTrue(drawn.getText().contains(cypher.lines().findFirst().orElseThrow()), "the frame ran the guide's query");
        assertEquals(expected, new TreeSet<>(captions(drawn)), "every caption whole");
        List<String> fills = fills(drawn);
        assertTrue(fills.contains(PAPER_COLOUR) && fills.contains(METHOD_COLOUR), "papergraph's colours: " + fills);
        screenshot("neo4j-browser.png");
    }

    @Test
    @Order(2)
    void theLongestTitlesAndNamesAreCaptionedWhole() {
        String longest = """
                CALL { MATCH (p:Paper) RETURN p AS n ORDER BY size(p.title) DESC, p.id LIMIT 3
                       UNION MATCH (c:Concept) RETURN c AS n ORDER BY size(c.name) DESC, c.id LIMIT 3 }
                RETURN n""";
        Set<String> expected = fullCaptions(longest);
        WebElement drawn = draw(longest.replace("\n", " "), expected.size());
        assertEquals(expected, new TreeSet<>(captions(drawn)));
    }

    @Test
    @Order(3)
    void fusekiUiOpensOnPapergraphsPrefixesAndRunsAPickedExample() throws IOException {
        browser.manage().window().setSize(new Dimension(1400, 1350));
        browser.get(server.fusekiUiUrl());
        WebElement pg = wait.until(b -> b.findElements(By.cssSelector("span.badge")).stream()
                .filter(e -> e.getText().strip().equals("pg")).findFirst().orElse(null));
        wait.until(b -> editorText().contains("PREFIX  pg:   <" + PG.NS + ">"));
        assertTrue(pg.getAttribute("class").contains("text-bg-primary"), "the editor's query uses pg: " + pg.getAttribute("class"));

        NamedQuery picked = QueryCatalog.standard().get("papers-evaluating-on");
        browser.findElements(By.cssSelector("span.badge")).stream().filter(e -> e.getText().strip().equals(picked.title()))
                .findFirst().orElseThrow().click();
        wait.until(b -> editorText().startsWith("# " + picked.title()));
        String csv = new Http().query(server.sparqlUrl(), editorText(), "text/csv").body();
        List<String> ids = csv.lines().skip(1).map(line -> line.split(",")[0]).toList();
        assertFalse(ids.isEmpty(), csv);
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(b -> b.findElements(By.cssSelector(".yasr table tbody tr")).size() == ids.size());
        String table = browser.findElement(By.cssSelector(".yasr table tbody")).getText();
        assertTrue(ids.stream().allMatch(table::contains), table);
        screenshot("fuseki-ui.png");
    }

    private static String editorText() {
        return String.valueOf(((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()"));
    }
}
