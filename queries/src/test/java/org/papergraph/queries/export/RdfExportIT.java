package org.papergraph.queries.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.queries.ExampleGraph;

/**
 * Every RDF export of the example graph reads back as the store: with Jena, quad for quad (the named graphs kept) or
 * triple for triple; and with readers that share no code with Jena, Raptor's rapper and Python's rdflib, to the
 * store's count of quads or triples and of graphs. The counts come from SPARQL over the store, not from the exporters'
 * walk over its indexes.
 */
@ExtendWith(ExampleGraph.Extension.class)
class RdfExportIT {

    private static final Path RAPPER = Path.of("/usr/bin/rapper");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** Each format's name for Jena, rapper and rdflib, and whether it keeps named graphs. */
    private record Syntax(Lang jena, String rapper, String rdflib, boolean quads) {
    }

    private static final Map<ExportFormat, Syntax> SYNTAX = Map.of(
            ExportFormat.TURTLE, new Syntax(Lang.TURTLE, "turtle", "turtle", false),
            ExportFormat.NTRIPLES, new Syntax(Lang.NTRIPLES, "ntriples", "nt", false),
            ExportFormat.NQUADS, new Syntax(Lang.NQUADS, "nquads", "nquads", true),
            ExportFormat.TRIG, new Syntax(Lang.TRIG, "trig", "trig", true),
            ExportFormat.JSONLD, new Syntax(Lang.JSONLD11, null, "json-ld", true),
            ExportFormat.RDFXML, new Syntax(Lang.RDFXML, "rdfxml", "xml", false));

    @TempDir
    static Path dir;
    static ExampleGraph.Opened opened;
    static PapergraphStore store;
    static long quads;
    static long triples;
    static long graphs;

    @BeforeAll
    static void open(ExampleGraph graph) {
        opened = graph.open();
        store = opened.store();
        quads = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        triples = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }");
        graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, Txn.calculateRead(store.dataset(), () -> store.dataset().getDefaultModel().size()),
                "papergraph keeps every triple in a named graph");
        assertTrue(quads > 10_000 && graphs > 100, quads + " quads in " + graphs + " graphs");
    }

    @AfterAll
    static void close() {
        if (opened != null) {
            opened.close();
        }
    }

    static Stream<ExportFormat> rdfFormats() {
        return Stream.of(ExportFormat.values()).filter(f -> f.source() == ExportFormat.Source.RDF_STORE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFormats")
    void jenaReadsBackTheStore(ExportFormat format) throws IOException {
        Path file = export(format);
        Syntax syntax = SYNTAX.get(format);
        if (syntax.quads()) {
            DatasetGraph read = DatasetGraphFactory.create();
            RDFParser.source(file).lang(syntax.jena()).parse(read);
            Set<Quad> expected = Txn.calculateRead(store.dataset(), () -> set(store.dataset().asDatasetGraph()));
            Set<Quad> got = set(read);
            assertEquals(quads, got.size());
            assertTrue(expected.equals(got), () -> "quads differ, e.g. " + difference(expected, got));
        } else {
            Graph read = GraphFactory.createDefaultGraph();
            RDFParser.source(file).lang(syntax.jena()).parse(read);
            Set<Triple> expected = Txn.calculateRead(store.dataset(),
                    () -> store.dataset().asDatasetGraph().getUnionGraph().find().toSet());
            Set<Triple> got = read.find().toSet();
            assertEquals(triples, got.size());
            assertTrue(expected.equals(got), () -> "triples differ, e.g. " + difference(expected, got));
        }
    }

    /** rapper parses the file to the store's count, and a quad format to its graphs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFormats")
    void rapperReadsTheStoreCount(ExportFormat format) throws Exception {
        Syntax syntax = SYNTAX.get(format);
        assumeTrue(syntax.rapper() != null, "Raptor has no JSON-LD parser (rdflib reads it)");
        assumeTrue(Files.isExecutable(RAPPER), "rapper is not installed (Debian: raptor2-utils)");
        Path file = export(format);
        Path out = dir.resolve(format.id() + ".rapper.nq");
        Process rapper = new ProcessBuilder(RAPPER.toString(), "-q", "-i", syntax.rapper(), "-o", "nquads",
                file.toString()).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(rapper.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, rapper.waitFor(), err);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(syntax.quads() ? quads : triples, lines.size(), err);
        if (syntax.quads()) {
            // Every quad is in a named graph: the last term of each line is its graph's name.
            Set<String> names = lines.stream().map(l -> l.substring(l.lastIndexOf(" <") + 1, l.lastIndexOf(" .")))
                    .collect(Collectors.toSet());
            assertEquals(graphs, names.size(), "graph names kept");
        }
    }

    /** rdflib parses the file to the store's count, and a quad format to its graphs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFormats")
    void rdflibReadsTheStoreCount(ExportFormat format) throws Exception {
        assumeTrue(rdflib(), "python3 with rdflib is not installed (Debian: python3-rdflib)");
        Syntax syntax = SYNTAX.get(format);
        Path file = export(format);
        String script = """
                import sys, rdflib
                if sys.argv[3] == "quads":
                    g = rdflib.ConjunctiveGraph()
                    g.parse(sys.argv[1], format=sys.argv[2])
                    graphs = [c for c in g.contexts() if len(c)]
                    print(sum(len(c) for c in graphs), len(graphs))
                else:
                    g = rdflib.Graph()
                    g.parse(sys.argv[1], format=sys.argv[2])
                    print(len(g), 0)
                """;
        Process python = new ProcessBuilder(PYTHON.toString(), "-c", script, file.toString(), syntax.rdflib(),
                syntax.quads() ? "quads" : "triples").redirectErrorStream(true).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, python.waitFor(), out);
        String[] counts = out.lines().reduce((a, b) -> b).orElse("").split(" ");
        assertEquals(syntax.quads() ? quads : triples, Long.parseLong(counts[0]), out);
        assertEquals(syntax.quads() ? graphs : 0, Long.parseLong(counts[1]), "named graphs: " + out);
    }

    /** The format's export of the example graph, written once. */
    private static Path export(ExportFormat format) throws IOException {
        Path file = format.defaultPath(dir);
        if (!Files.exists(file)) {
            format.write(new ExportSources(store, null), file);
        }
        return file;
    }

    private static long count(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static Set<Quad> set(DatasetGraph dsg) {
        Set<Quad> quads = new HashSet<>();
        dsg.find().forEachRemaining(quads::add);
        return quads;
    }

    private static <T> String difference(Set<T> expected, Set<T> got) {
        return "missing " + expected.stream().filter(t -> !got.contains(t)).limit(3).toList()
                + ", extra " + got.stream().filter(t -> !expected.contains(t)).limit(3).toList();
    }

    private static boolean rdflib() {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import rdflib").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
