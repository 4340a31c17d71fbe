package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.papergraph.graph.neo4j.EmbeddedNeo4j;
import org.w3c.dom.Document;

/**
 * A build over papers a careless export produces: a byte-order mark, a title of 10,000 characters (past Neo4j's
 * index key limit), a title with NUL and other control characters. Every paper reaches both stores, and both exported files read back
 * with their own parsers.
 */
class BadInputBuildIT {

    @TempDir
    static Path dir;
    static Path data;
    static CliRun build;
    static final String LONG_TITLE = "Scaling " + "very ".repeat(2_000) + "large language models";
    static final String CONTROL_TITLE = "Control\u0000characters\u0007in a \u001b[1mtitle\u0001 about GRPO";

    @BeforeAll
    static void buildCarelessFile() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        lines.add(json.writeValueAsString(Map.of("id", "long-title", "title", LONG_TITLE,
                "abstract", "We propose Group Relative Policy Optimization (GRPO) and evaluate it on GSM8K.")));
        lines.add(json.writeValueAsString(Map.of("id", "control-title", "title", CONTROL_TITLE,
                "abstract", "We evaluate GRPO on GSM8K and MATH with a\u0000NUL inside the abstract.")));
        lines.add(json.writeValueAsString(Map.of("id", "plain", "title", "A plain paper",
                "abstract", "We fine-tune Llama 3 with LoRA and report accuracy on GSM8K.")));
        Path input = dir.resolve("careless.jsonl");
        // As some Windows tools save UTF-8: with a byte-order mark.
        Files.write(input, ("\uFEFF" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        data = dir.resolve("data");
        build = CliRun.of("build", input.toString(), "--data", data.toString());
    }

    @Test
    void everyPaperReachesBothStoresVerbatim() {
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().contains("rdf:      3 papers"), build.err());
        assertTrue(build.err().contains("neo4j:    3 papers"), build.err());
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.create().home(data.resolve("neo4j")).start();
             Driver driver = GraphDatabase.driver(neo4j.boltUri());
             Session s = driver.session()) {
            assertEquals(LONG_TITLE, s.run("MATCH (p:Paper {id: 'long-title'}) RETURN p.title AS t").single()
                    .get("t").asString(), "the full title is stored");
            assertEquals(CONTROL_TITLE, s.run("MATCH (p:Paper {id: 'control-title'}) RETURN p.title AS t").single()
                    .get("t").asString(), "control characters are stored verbatim");
        }
    }

    @Test
    void graphmlReadsAsXml() throws Exception {
        Document graphml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(data.resolve("export/graph.graphml").toFile());
        assertEquals(3, countPapers(graphml), "every paper is a GraphML node");
    }

    @Test
    void trigReadsBackWithEveryPaper() {
        assertEquals(3, jenaTriG().getUnionModel().listSubjectsWithProperty(PAPER_ID).toList().size());
    }

    /** rapper (Raptor), a TriG parser that shares no code with Jena, reads the same number of quads. */
    @Test
    void trigReadsWithAnIndependentParser() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/rapper")), "rapper is not installed (Debian: raptor2-utils)");
        Process rapper = new ProcessBuilder("/usr/bin/rapper", "-i", "trig", "-c",
                data.resolve("export/graph.trig").toString()).redirectErrorStream(true).start();
        String out = new String(rapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, rapper.waitFor(), out);
        assertTrue(out.contains("returned " + jenaTriG().asDatasetGraph().stream().count() + " triples"), out);
    }

    private static Dataset jenaTriG() {
        Dataset dataset = DatasetFactory.create();
        RDFParser.source(data.resolve("export/graph.trig")).lang(Lang.TRIG).parse(dataset);
        return dataset;
    }

    private static final Property PAPER_ID =
            ResourceFactory.createProperty("https://papergraph.org/ontology#paperId");

    private static int countPapers(Document graphml) {
        int papers = 0;
        var data = graphml.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            var d = data.item(i);
            if ("n_labels".equals(d.getAttributes().getNamedItem("key").getNodeValue())
                    && d.getTextContent().equals("Paper")) {
                papers++;
            }
        }
        return papers;
    }
}
