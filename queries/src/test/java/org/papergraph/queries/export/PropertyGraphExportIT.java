package org.papergraph.queries.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.papergraph.graph.load.ImportLimit;
import org.papergraph.graph.neo4j.EmbeddedNeo4j;
import org.papergraph.queries.ExampleGraph;
import org.papergraph.queries.ShellWords;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The exports read from Neo4j, of the example graph, read back by tools other than papergraph: GraphML and GEXF by
 * JGraphT's importers (validating both against their schemas) with Neo4j's nodes and edges, captions, typed
 * attributes and colours; the neo4j-admin import files by Neo4j's own import tool, run as their README says, into a
 * new database; the Cypher script, run as cypher-shell runs it, into an empty Neo4j. Both new databases hold the
 * graph's nodes by label and relationships by type; the script's holds it property for property.
 */
@ExtendWith(ExampleGraph.Extension.class)
class PropertyGraphExportIT {

    /** Papers, concepts and results, and the relationships between them: what the graph files hold. */
    private static final String GRAPH_FILE_NODES = "MATCH (n) WHERE n:Paper OR n:Concept OR n:Result RETURN count(n) AS n";
    private static final String GRAPH_FILE_EDGES = "MATCH (a)-[r]->(b) WHERE (a:Paper AND (b:Paper OR b:Concept "
            + "OR b:Result)) OR (a:Result AND b:Concept) RETURN count(r) AS n";

    /** The graph, the store's revision marker left out (see {@link CypherScriptExporter}). */
    private static final String LABELS = "MATCH (n) WHERE NOT n:PapergraphStore UNWIND labels(n) AS label "
            + "RETURN label, count(*) AS n";
    private static final String TYPES = "MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS n";

    /** Every node with labels and properties and every relationship with its ends' keys, sorted, as text. */
    private static final String DUMP = """
            MATCH (n) WHERE NOT n:PapergraphStore
            WITH n ORDER BY n.id, n.key, labels(n)
            WITH collect([labels(n), COLLECT { UNWIND keys(n) AS k RETURN [k, n[k]] ORDER BY k }]) AS nodes
            OPTIONAL MATCH (a)-[r]->(b)
            WITH nodes, r, a, b ORDER BY coalesce(a.id, a.key), b.id, type(r)
            RETURN nodes, collect([coalesce(a.id, a.key), b.id, type(r),
                   COLLECT { UNWIND keys(r) AS k RETURN [k, r[k]] ORDER BY k }]) AS relationships
            """;

    @TempDir
    static Path dir;
    static ExampleGraph.Opened opened;
    static Driver driver;
    static ExportSources sources;

    @BeforeAll
    static void open(ExampleGraph graph) {
        opened = graph.open();
        driver = opened.neo4j().driver();
        sources = new ExportSources(null, driver);
    }

    @AfterAll
    static void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void graphmlLoadsInJGraphTWithCaptionsTypedAttributesAndColours() throws IOException {
        Path file = dir.resolve("graph.graphml");
        ExportFormat.GRAPHML.write(sources, file);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        // GraphML ids are XML name tokens: a character a concept id may hold, such as '@', is written _HEX_.
        Imported g = load(importer, file, XmlText::nmtoken);

        assertCounts(g);
        Document xml = xml(file);
        List<String> keys = new ArrayList<>();
        var keyElements = xml.getElementsByTagName("key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            keys.add(keyElements.item(i).getAttributes().getNamedItem("attr.name").getNodeValue());
            keys.add(keyElements.item(i).getAttributes().getNamedItem("id").getNodeValue());
        }
        assertFalse(keys.contains("id"), "no key is named id, the node id's name: " + keys);
        assertTrue(keys.contains("label"), "a key Gephi takes the caption from");

        assertCaptions(g, "name");
        try (Session s = driver.session()) {
            s.run("MATCH (n) WHERE n:Paper OR n:Concept OR n:Result RETURN n.id AS id, "
                    + "CASE WHEN n:Paper THEN 'paper:' WHEN n:Concept THEN 'concept:' ELSE 'result:' END AS space")
                    .forEachRemaining(r -> {
                        String id = r.get("id").asString();
                        String key = r.get("space").asString() + id;
                        assertEquals(id, g.vertex(key).get("papergraphId").getValue(), key);
                    });
        }
        Map<String, Attribute> result = g.vertex("result:" + anyResultId());
        assertEquals(AttributeType.DOUBLE, result.get("value").getType());
        assertEquals(AttributeType.INT, result.get("start").getType());
        assertEquals(result.get("quote").getValue(), result.get("name").getValue(), "a result's caption is its quote");
        Map<String, Attribute> concept = g.vertex("concept:" + anyConceptId());
        assertEquals(AttributeType.INT, concept.get("papers").getType());
        assertEquals(AttributeType.BOOLEAN, concept.get("specific").getType());
        assertEquals(AttributeType.STRING, concept.get("type").getType());
        int rgb = Integer.parseInt(concept.get("color").getValue().substring(1), 16);
        assertEquals(NodeColours.red(rgb), Integer.parseInt(concept.get("r").getValue()));
        assertEquals(AttributeType.INT, concept.get("r").getType());
        assertColoursByType(g, v -> g.vertices.get(v).get("color").getValue());
        assertTrue(g.edges.values().stream().allMatch(e -> e.containsKey("label")), "every edge has its type");
        assertTrue(g.edges.values().stream().anyMatch(e -> e.containsKey("confidence")
                && e.get("confidence").getType() == AttributeType.DOUBLE));
    }

    @Test
    void gexfLoadsInJGraphTWithCaptionsTypedAttributesAndColours() throws Exception {
        Path file = dir.resolve("graph.gexf");
        ExportFormat.GEXF.write(sources, file);
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        // JGraphT's copy of the GEXF 1.2 schema puts a node's color in the GEXF namespace; the GEXF primer, Gephi's
        // own export and NetworkX write viz:color, in the viz namespace, as papergraph does. The colours are read
        // from the XML below.
        importer.setSchemaValidation(false);
        Imported g = load(importer, file, Function.identity());

        assertCounts(g);
        assertCaptions(g, "label");
        Map<String, Attribute> concept = g.vertex("concept:" + anyConceptId());
        assertEquals(AttributeType.INT, concept.get("papers").getType());
        assertEquals(AttributeType.BOOLEAN, concept.get("specific").getType());
        assertEquals(AttributeType.DOUBLE, g.vertex("result:" + anyResultId()).get("value").getType());
        assertTrue(g.edges.values().stream().anyMatch(e -> e.containsKey("weight")), "links are weighted");
        Document xml = xml(file);
        Map<String, String> colours = new HashMap<>();
        var nodes = xml.getElementsByTagNameNS("http://www.gexf.net/1.2draft", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            Element colour = (Element) node.getElementsByTagNameNS("http://www.gexf.net/1.2draft/viz", "color").item(0);
            colours.put(node.getAttribute("id"), colour.getAttribute("r") + "," + colour.getAttribute("g") + ","
                    + colour.getAttribute("b"));
        }
        assertEquals(g.vertices.keySet(), colours.keySet(), "every node has a colour");
        assertColoursByType(g, colours::get);
    }

    /** A property added to the graph reaches the graph files, or is left out on purpose. */
    @Test
    void everyPropertyOfPapersConceptsResultsAndTheirRelationshipsIsWrittenOrLeftOutOnPurpose() {
        Set<String> keys = new TreeSet<>(column("MATCH (n) WHERE n:Paper OR n:Concept OR n:Result UNWIND keys(n) AS k "
                + "RETURN DISTINCT k AS v"));
        assertTrue(keys.containsAll(Set.of("valueText", "quote", "sentence")), "the example has results: " + keys);
        keys.addAll(column("MATCH (a)-[r]->() WHERE a:Paper OR a:Result UNWIND keys(r) AS k RETURN DISTINCT k AS v"));
        for (String k : keys) {
            assertTrue(GraphAttributes.written(k) || GraphAttributes.LEFT_OUT.contains(k), k);
        }
    }

    @Test
    void neo4jCsvImportsWithNeo4jsToolAsItsReadmeSays() throws Exception {
        Path files = dir.resolve("neo4j-csv");
        String written = ExportFormat.NEO4J_CSV.write(sources, files);
        String readme = Files.readString(files.resolve("README.md"));
        Matcher command = Pattern.compile("(?s)```\\n(neo4j-admin database import .*?)\\n```").matcher(readme);
        assertTrue(command.find(), readme);
        List<String> words = ShellWords.split(command.group(1).replace("\\\n", " "));
        assertEquals(List.of("neo4j-admin", "database", "import", "full", "neo4j"), words.subList(0, 5));
        List<String> args = new ArrayList<>(words.subList(3, words.size()));
        Path home = dir.resolve("imported");
        args.add("--report-file=" + home.resolve("import.report"));
        ImportLimit.run(args, home);
        assertTrue(Files.readString(files.resolve("schema.cypher")).contains("CREATE CONSTRAINT paper_id"));
        try (EmbeddedNeo4j imported = EmbeddedNeo4j.create().home(home).start();
             Driver importedDriver = GraphDatabase.driver(imported.boltUri())) {
            assertEquals(counts(driver, LABELS), counts(importedDriver, LABELS), "nodes by label");
            assertEquals(counts(driver, TYPES), counts(importedDriver, TYPES), "relationships by type");
            long nodes = counts(importedDriver, LABELS).entrySet().stream()
                    .filter(e -> Set.of("Paper", "Concept", "ConceptKey", "Result").contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            assertTrue(written.startsWith(nodes + " nodes"), written);
        }
    }

    @Test
    void cypherScriptRunAsCypherShellRunsItMakesTheGraphInAnEmptyNeo4j() throws IOException {
        Path file = dir.resolve("graph.cypher");
        ExportFormat.CYPHER.write(sources, file);
        try (EmbeddedNeo4j empty = EmbeddedNeo4j.create().home(dir.resolve("empty")).start();
             Driver emptyDriver = GraphDatabase.driver(empty.boltUri())) {
            int statements = runScript(emptyDriver, file);
            assertTrue(statements > 10, statements + " statements");
            assertEquals(counts(driver, LABELS), counts(emptyDriver, LABELS), "nodes by label");
            assertEquals(counts(driver, TYPES), counts(emptyDriver, TYPES), "relationships by type");
            assertEquals(dump(driver), dump(emptyDriver), "every node and relationship with its properties");
            Set<String> indexes = new TreeSet<>(column(emptyDriver, "SHOW INDEXES YIELD name RETURN name AS v"));
            assertTrue(indexes.containsAll(Set.of("paper_id", "concept_id", "concept_key")), indexes.toString());
        }
    }

    /**
     * Runs a script statement by statement as cypher-shell does: a {@code :param name => expression} line sets a
     * parameter to the expression's value (cypher-shell asks the server for it), a statement runs up to its ';'.
     */
    private static int runScript(Driver target, Path script) throws IOException {
        Map<String, Object> params = new HashMap<>();
        StringBuilder statement = new StringBuilder();
        int run = 0;
        try (Session s = target.session()) {
            for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("//")) {
                    continue;
                }
                Matcher param = Pattern.compile("^:param (\\w+) => (.*)$").matcher(line);
                if (param.matches()) {
                    params.put(param.group(1), s.run("RETURN " + param.group(2) + " AS v").single().get("v").asObject());
                    continue;
                }
                statement.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String text = statement.toString().strip();
                    s.run(text.substring(0, text.length() - 1), params).consume();
                    statement.setLength(0);
                    run++;
                }
            }
        }
        assertTrue(statement.isEmpty(), "the script ends with a whole statement: " + statement);
        return run;
    }

    /** What an importer made: the vertices and edges with their attributes. */
    private record Imported(Graph<String, DefaultEdge> graph, Map<String, Map<String, Attribute>> vertices,
                            Map<DefaultEdge, Map<String, Attribute>> edges, Function<String, String> ids) {

        /** The attributes of the node of this key ({@code paper:<id>}, {@code concept:<id>}). */
        Map<String, Attribute> vertex(String key) {
            return vertices.get(ids.apply(key));
        }
    }

    private static <I extends BaseEventDrivenImporter<String, DefaultEdge> & GraphImporter<String, DefaultEdge>>
    Imported load(I importer, Path file, Function<String, String> ids) throws IOException {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
        Map<String, Map<String, Attribute>> vertices = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edges = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                vertices.computeIfAbsent(p.getFirst(), v -> new HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) ->
                edges.computeIfAbsent(p.getFirst(), e -> new HashMap<>()).put(p.getSecond(), a));
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, in);
        }
        return new Imported(graph, vertices, edges, ids);
    }

    private static void assertCounts(Imported g) {
        assertEquals(single(GRAPH_FILE_NODES), g.graph().vertexSet().size(), "nodes");
        assertEquals(single(GRAPH_FILE_EDGES), g.graph().edgeSet().size(), "edges");
    }

    /** Every node has a caption; a paper's is its title, a concept's its name. */
    private static void assertCaptions(Imported g, String attribute) {
        for (String v : g.graph().vertexSet()) {
            Attribute caption = g.vertices().getOrDefault(v, Map.of()).get(attribute);
            assertTrue(caption != null && !caption.getValue().isBlank(), "caption of " + v);
        }
        try (Session s = driver.session()) {
            Record paper = s.run("MATCH (p:Paper) RETURN p.id AS id, p.title AS caption LIMIT 1").single();
            Record concept = s.run("MATCH (c:Concept) RETURN c.id AS id, c.name AS caption LIMIT 1").single();
            assertEquals(paper.get("caption").asString(),
                    g.vertex("paper:" + paper.get("id").asString()).get(attribute).getValue());
            assertEquals(concept.get("caption").asString(),
                    g.vertex("concept:" + concept.get("id").asString()).get(attribute).getValue());
        }
    }

    /** Papers share one colour, each concept type has its own, results share one. */
    private static void assertColoursByType(Imported g, Function<String, String> colour) {
        Map<String, Set<String>> byType = new TreeMap<>();
        for (String v : g.graph().vertexSet()) {
            Attribute type = g.vertices().get(v).get("type");
            String group = type == null ? g.vertices().get(v).get("labels").getValue() : type.getValue();
            byType.computeIfAbsent(group, t -> new TreeSet<>()).add(colour.apply(v));
        }
        assertEquals(8, byType.size(), "papers, six concept types and results: " + byType.keySet());
        byType.forEach((type, colours) -> assertEquals(1, colours.size(), type + ": " + colours));
        assertEquals(8, byType.values().stream().map(c -> c.iterator().next()).distinct().count(), byType.toString());
    }

    private static String anyResultId() {
        return column("MATCH (r:Result) RETURN r.id AS v ORDER BY r.id LIMIT 1").get(0);
    }

    private static String anyConceptId() {
        return column("MATCH (c:Concept) RETURN c.id AS v ORDER BY c.papers DESC LIMIT 1").get(0);
    }

    private static long single(String cypher) {
        try (Session s = driver.session()) {
            return s.run(cypher).single().get("n").asLong();
        }
    }

    private static List<String> column(String cypher) {
        return column(driver, cypher);
    }

    private static List<String> column(Driver d, String cypher) {
        try (Session s = d.session()) {
            return s.run(cypher).list(r -> r.get("v").asString());
        }
    }

    private static Map<String, Long> counts(Driver d, String cypher) {
        try (Session s = d.session()) {
            Map<String, Long> counts = new TreeMap<>();
            s.run(cypher).forEachRemaining(r -> counts.put(r.get("label").asString(), r.get("n").asLong()));
            return counts;
        }
    }

    private static Object dump(Driver d) {
        try (Session s = d.session()) {
            return s.run(DUMP).single().asMap();
        }
    }

    private static Document xml(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError("not XML: " + file, e);
        }
    }
}
