package org.papergraph.queries.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.ontology.store.MentionRecord;
import org.papergraph.ontology.store.ResultRecord;
import org.papergraph.queries.ExampleGraph;
import org.papergraph.queries.HeadlessChromium;

/**
 * The report of the example graph, opened from disk in headless Chromium, checked against the RDF store and Neo4j:
 * the graph draws the concepts and papers the page says it shows (Neo4j's most named concepts, and their relations
 * and links), its filters hide what they say, search finds a concept by an alias, every paper page highlights each
 * of the paper's stored mentions, a concept page lists the papers Neo4j relates to it by role, the charts hold
 * Neo4j's most named concepts, and a benchmark's leaderboard lists the store's results on it. The page fetches nothing and logs no error. The limits are below the example's
 * size, so that each part is cut. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ExampleGraph.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBrowserIT {

    static final Path SHOTS = Path.of("target/screenshots");
    static final GraphReport.Limits LIMITS = new GraphReport.Limits(120, 60, 80, 200, 50, 50);
    static final String ROLE_RELATIONS = "PROPOSES|USES|EVALUATES_ON|COMPARES|ADDRESSES|MENTIONS";

    static ExampleGraph.Opened graph;
    static Path dir;
    static Path report;
    static GraphReport.Result written;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeEach
    void requireChromium() {
        HeadlessChromium.assumeInstalled();
    }

    @BeforeAll
    static void start(ExampleGraph.Later example) throws IOException {
        if (!HeadlessChromium.installed()) {
            return;
        }
        dir = Files.createTempDirectory("papergraph-report-");
        report = dir.resolve("report.html");
        written = GraphReport.create().data(example.get().data()).limits(LIMITS).write(report);
        graph = example.get().open();
        browser = HeadlessChromium.start(dir.resolve("profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
        browser.get(report.toUri().toString());
        wait.until(b -> Boolean.TRUE.equals(js("return window.papergraphReport && window.papergraphReport.ready")));
    }

    @AfterAll
    static void stop() throws IOException {
        try (ExampleGraph.Opened opened = graph) {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    @Test
    @Order(1)
    void theGraphDrawsTheConceptsAndPapersThePageClaims() throws IOException {
        go("#/");
        long concepts = cypherLong("MATCH (c:Concept) RETURN count(c)");
        long papers = cypherLong("MATCH (p:Paper) RETURN count(p)");
        assertEquals(papers, graph.store().paperCount());
        assertEquals(concepts, number("total-concepts"));
        assertEquals(papers, number("total-papers"));
        assertTrue(concepts > LIMITS.graphConcepts() && papers > LIMITS.graphPapers(), "the example is cut");
        assertEquals(LIMITS.graphConcepts(), number("shown-concepts"));
        assertTrue(browser.findElement(By.id("graph-limits")).getText()
                .startsWith("Showing " + LIMITS.graphConcepts() + " of " + concepts + " concepts"));

        List<String> drawnConcepts = keys("[kind = \"concept\"]");
        List<String> drawnPapers = keys("[kind = \"paper\"]");
        assertEquals(number("shown-concepts"), drawnConcepts.size());
        assertEquals(number("shown-papers"), drawnPapers.size());
        assertEquals(new TreeSet<>(cypherStrings("MATCH (c:Concept) RETURN c.id ORDER BY c.papers DESC, c.id LIMIT $n",
                Map.of("n", LIMITS.graphConcepts()))), new TreeSet<>(drawnConcepts), "Neo4j's most named concepts");
        Map<String, Object> shown = Map.of("papers", drawnPapers, "concepts", drawnConcepts);
        assertEquals(cypherLong("MATCH (p:Paper)-[r:" + ROLE_RELATIONS + "]->(c:Concept) WHERE p.id IN $papers "
                + "AND c.id IN $concepts RETURN count(r)", shown), count("edges('[kind = \"role\"]')"),
                "each relation of Neo4j between drawn nodes");
        assertEquals(0, count("nodes('[kind = \"paper\"]').filter(n => n.degree() === 0)"), "no paper stands alone");

        click("#link-filter");
        assertEquals(cypherLong("MATCH (a:Paper)-[s:SHARES_CONCEPT]->(b:Paper) WHERE a.id IN $papers AND b.id IN $papers "
                + "RETURN count(s)", shown), visible("edges('[kind = \"link\"]')"), "Neo4j's links between drawn papers");
        screenshot("report-graph.png");
        click("#link-filter");
        assertEquals(0, visible("edges('[kind = \"link\"]')"));

        long methods = count("nodes('[kind = \"concept\"][type = 0]')");
        assertTrue(methods > 0);
        click("input[data-type='Method']");
        assertEquals(drawnConcepts.size() - methods, visible("nodes('[kind = \"concept\"]')"), "methods hidden");
        click("input[data-type='Method']");
        for (String role : List.of("uses", "evaluates_on", "compares", "addresses", "mentions")) {
            click("input[data-role='" + role + "']");
        }
        assertEquals(cypherLong("MATCH (p:Paper)-[:PROPOSES]->(c:Concept) WHERE p.id IN $papers AND c.id IN $concepts "
                + "RETURN count(DISTINCT p)", shown), visible("nodes('[kind = \"paper\"]')"),
                "with proposes alone, the papers proposing a drawn concept");
        assertEquals(visible("edges()"), count("edges('[kind = \"role\"][role = 0]')"));
        for (String role : List.of("uses", "evaluates_on", "compares", "addresses", "mentions")) {
            click("input[data-role='" + role + "']");
        }
        assertEquals(drawnConcepts.size() + drawnPapers.size(), visible("nodes()"));
    }

    @Test
    @Order(2)
    void searchFindsAConceptByAnAliasIgnoringCase() {
        go("#/");
        // The most named concept whose alias is no part of its name, so that only the alias can find it.
        Record concept = cypher("MATCH (c:Concept) WHERE any(a IN c.aliases WHERE NOT toLower(c.name) CONTAINS toLower(a)) "
                + "RETURN c.id AS id, c.name AS name, [a IN c.aliases WHERE NOT toLower(c.name) CONTAINS toLower(a)][0] "
                + "AS alias ORDER BY c.papers DESC, c.id LIMIT 1", Map.of()).get(0);
        String id = concept.get("id").asString();
        String alias = concept.get("alias").asString();
        WebElement search = browser.findElement(By.id("search"));
        js("const s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'))");
        search.sendKeys(alias.toUpperCase(Locale.ROOT));
        WebElement hit = wait.until(b -> b.findElements(By.cssSelector("#search-results li")).stream()
                .filter(li -> id.equals(li.getDomAttribute("data-concept"))).findFirst().orElse(null));
        assertTrue(hit.getText().contains(concept.get("name").asString()) && hit.getText().contains("alias: " + alias),
                hit.getText());
        hit.findElement(By.tagName("a")).click();
        wait.until(b -> b.findElements(By.cssSelector("#view-concept article")).stream()
                .anyMatch(a -> id.equals(a.getDomAttribute("data-concept")) && a.isDisplayed()));
        js("const s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'))");
    }

    @Test
    @Order(3)
    void everyPaperPageHighlightsEachOfItsStoredMentions() throws IOException {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) js("const d = window.papergraphReport.data; "
                + "return d.pages.map(p => d.papers[p.paper].id)");
        assertEquals(Math.max(LIMITS.paperPages(), number("shown-papers")), ids.size());
        Map<String, List<MentionRecord>> stored = graph.store().mentions(ids);
        String shot = null;
        for (String id : ids) {
            List<MentionRecord> mentions = stored.get(id).stream()
                    .filter(m -> m.field().equals(Mention.TITLE) || m.field().equals(Mention.ABSTRACT)).toList();
            go("#/paper/" + encode(id));
            wait.until(b -> id.equals(b.findElement(By.cssSelector("#view-paper article")).getDomAttribute("data-paper")));
            // Each highlight's text, a mention cut by another one's bounds joined back up.
            @SuppressWarnings("unchecked")
            Map<String, String> shown = (Map<String, String>) js("const texts = {}; "
                    + "document.querySelectorAll('#view-paper mark.mention').forEach(m => { "
                    + "if (m.parentElement.closest('[data-mention=\"' + m.dataset.mention + '\"]')) return; "
                    + "texts[m.dataset.mention] = (texts[m.dataset.mention] || '') + m.textContent; }); return texts;");
            assertEquals(mentions.size(), shown.size(), "highlights of " + id);
            assertEquals(mentions.stream().map(MentionRecord::text).sorted().toList(),
                    shown.values().stream().sorted().toList(), "each stored mention's text is highlighted in " + id);
            if (shot == null && mentions.stream().anyMatch(m -> m.field().equals(Mention.TITLE)) && mentions.size() > 8) {
                shot = id;
            }
        }
        go("#/paper/" + encode(shot));
        WebElement mark = browser.findElement(By.cssSelector("#view-paper .abstract mark.mention"));
        mark.click();
        String concept = mark.getDomAttribute("data-concept");
        String name = cypherStrings("MATCH (c:Concept {id: $id}) RETURN c.name", Map.of("id", concept)).get(0);
        assertTrue(browser.findElement(By.id("mention-detail")).getText().contains(name), "a click names the concept");
        screenshot("report-paper.png");
    }

    @Test
    @Order(4)
    void aConceptPageListsThePapersNeo4jRelatesToItByRole() {
        // A concept several papers name in more than one role, each role within the page's list.
        String id = cypherStrings("MATCH (p:Paper)-[r:" + ROLE_RELATIONS + "]->(c:Concept) WITH c, count(DISTINCT type(r)) "
                + "AS roles, count(p) AS papers WHERE roles > 1 AND papers <= $max RETURN c.id ORDER BY papers DESC, "
                + "c.id LIMIT 1", Map.of("max", LIMITS.papersPerRole())).get(0);
        Map<String, List<String>> related = new TreeMap<>();
        for (Record r : cypher("MATCH (p:Paper)-[r:" + ROLE_RELATIONS + "]->(c:Concept {id: $id}) RETURN toLower(type(r)) "
                + "AS role, p.id AS paper ORDER BY paper", Map.of("id", id))) {
            related.computeIfAbsent(r.get("role").asString(), k -> new ArrayList<>()).add(r.get("paper").asString());
        }
        go("#/concept/" + encode(id));
        wait.until(b -> id.equals(b.findElement(By.cssSelector("#view-concept article")).getDomAttribute("data-concept")));
        Map<String, List<String>> listed = new TreeMap<>();
        for (WebElement list : browser.findElements(By.cssSelector("#view-concept ol.papers"))) {
            listed.put(list.getDomAttribute("data-role"), list.findElements(By.tagName("li")).stream()
                    .map(li -> li.getDomAttribute("data-paper")).sorted().toList());
        }
        assertEquals(related, listed);
        assertTrue(related.size() > 1);
    }

    @Test
    @Order(5)
    void theChartsHoldNeo4jsMostNamedConceptsOfEachType() throws IOException {
        go("#/charts");
        wait.until(b -> Boolean.TRUE.equals(js("return !!window.papergraphReport.charts.byPapers")));
        for (String type : List.of("Method", "Model", "Task")) {
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) js("return window.papergraphReport.charts[arguments[0]].data.labels",
                    type);
            assertEquals(cypherStrings("MATCH (c:" + type + ") RETURN c.name ORDER BY c.papers DESC, c.id LIMIT 10",
                    Map.of()), labels, type);
        }
        @SuppressWarnings("unchecked")
        List<Number> byPapers = (List<Number>) js("return window.papergraphReport.charts.byPapers.data.datasets[0].data");
        assertEquals(cypherLong("MATCH (c:Concept) RETURN count(c)"),
                byPapers.stream().mapToLong(Number::longValue).sum(), "every concept in one bin");
        long dated = cypherLong("MATCH (p:Paper) WHERE p.year IS NOT NULL RETURN count(p)");
        if (dated == 0) {
            assertTrue(browser.findElement(By.id("view-charts")).getText().contains("No paper has a date."));
        } else {
            @SuppressWarnings("unchecked")
            List<Number> years = (List<Number>) js("return window.papergraphReport.charts.years.data.datasets[0].data");
            assertEquals(dated, years.stream().mapToLong(Number::longValue).sum(), "every dated paper in its year");
        }
        browser.manage().window().setSize(new Dimension(1400, 1300));
        screenshot("report-charts.png");
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    /**
     * The leaderboard of the benchmark most results are on, reached from its concept page, lists every result the
     * store holds on it, in the leaderboard's order, each with its quote and number as stored.
     */
    @Test
    @Order(6)
    void aBenchmarksLeaderboardListsTheResultsTheStoreHoldsOnIt() throws IOException {
        String id = cypherStrings("MATCH (c:Concept)<-[:ON_BENCHMARK]-(r:Result) WITH c, count(r) AS n "
                + "RETURN c.id ORDER BY n DESC, c.id LIMIT 1", Map.of()).get(0);
        List<ResultRecord> stored = new ArrayList<>();
        graph.store().forEachResult(r -> {
            if (id.equals(r.row().benchmark().conceptId())) {
                stored.add(r);
            }
        });
        assertTrue(stored.size() > 1 && stored.size() <= LIMITS.leaderboardRows(), stored.toString());

        go("#/concept/" + encode(id));
        wait.until(b -> id.equals(b.findElement(By.cssSelector("#view-concept article")).getDomAttribute("data-concept")));
        WebElement link = browser.findElement(By.cssSelector("#view-concept a.leaderboard-link"));
        assertTrue(link.getText().contains(stored.size() + " results"), link.getText());
        link.click();
        wait.until(b -> id.equals(b.findElement(By.cssSelector("#view-leaderboard article"))
                .getDomAttribute("data-leaderboard")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#view-leaderboard table.leaderboard tbody tr"));
        List<String> shown = rows.stream().map(tr -> tr.getDomAttribute("data-paper") + " "
                + tr.getDomAttribute("data-field") + " " + tr.getDomAttribute("data-start") + " "
                + tr.findElement(By.cssSelector("td.quote")).getText()).toList();
        List<String> expected = stored.stream().sorted(ReportContent.LEADERBOARD).map(r -> r.paperId() + " "
                + r.row().field() + " " + r.row().start() + " \u201c" + r.row().quote() + "\u201d").toList();
        assertEquals(expected, shown, "the store's results on " + id + ", ranked");
        List<String> kinds = rows.stream().map(tr -> tr.getDomAttribute("data-kind")).toList();
        assertEquals(kinds.stream().sorted(Comparator.comparing(k -> ResultKind.fromLabel(k))).toList(), kinds,
                "absolute scores first");
        screenshot("report-leaderboard.png");
    }

    @Test
    @Order(7)
    void thePageFetchesNothingAndLogsNoError() throws IOException {
        String html = Files.readString(report);
        assertFalse(Pattern.compile("<(script|link|img|iframe)\\b[^>]*\\b(src|href)\\s*=", Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), "nothing is loaded from elsewhere");
        assertFalse(Pattern.compile("\\b(src|href)\\s*=\\s*[\"']?https?:", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), "no request made");
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::toString).collect(Collectors.toList());
        assertEquals(List.of(), errors, "the console of every view visited");
        assertEquals(Files.size(report), written.bytes());
    }

    // ------------------------------------------------------------------ helpers

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void go(String hash) {
        js("location.hash = arguments[0]", hash);
    }

    private static void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }

    private static long number(String id) {
        return Long.parseLong(browser.findElement(By.id(id)).getDomProperty("textContent").replace(",", ""));
    }

    /** The store ids of the drawn nodes a Cytoscape selector picks. */
    @SuppressWarnings("unchecked")
    private static List<String> keys(String selector) {
        return (List<String>) js("return window.papergraphReport.cy.nodes(arguments[0]).map(n => n.data('key'))", selector);
    }

    /** How many elements a Cytoscape collection expression on {@code cy} holds, hidden or not. */
    private static long count(String collection) {
        return (Long) js("return window.papergraphReport.cy." + collection + ".length");
    }

    /** How many elements of a Cytoscape collection the filters leave shown. */
    private static long visible(String collection) {
        return (Long) js("return window.papergraphReport.cy." + collection + ".filter(e => !e.hasClass('hidden')).length");
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Record> cypher(String query, Map<String, Object> params) {
        try (Session session = graph.neo4j().driver().session()) {
            return session.executeRead(tx -> tx.run(query, params).list());
        }
    }

    private static List<String> cypherStrings(String query, Map<String, Object> params) {
        return cypher(query, params).stream().map(r -> r.get(0).asString()).toList();
    }

    private static long cypherLong(String query) {
        return cypherLong(query, Map.of());
    }

    private static long cypherLong(String query, Map<String, Object> params) {
        return cypher(query, params).get(0).get(0).asLong();
    }
}
