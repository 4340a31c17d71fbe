package org.papergraph.queries.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ontology.store.PapergraphStore;

/**
 * The RDF exports of a TDB2 store holding what papergraph's own layout does not write but a store may hold: a triple
 * in two named graphs, blank nodes, a language tag, a datatype, a property outside papergraph's namespaces, line
 * breaks, and a control character, which no XML 1.0 file can hold.
 */
class RdfExportCornersIT {

    private static final String EX = "http://example.org/";
    private static final Node S = NodeFactory.createURI(EX + "s");
    private static final Node P = NodeFactory.createURI(EX + "p");
    private static final Node G1 = NodeFactory.createURI(EX + "g1");
    private static final Node G2 = NodeFactory.createURI(EX + "g2");
    private static final Node BLANK = NodeFactory.createBlankNode();
    private static final String CONTROL = "a\u0001b";

    private static final Map<ExportFormat, Lang> LANGS = Map.of(ExportFormat.TURTLE, Lang.TURTLE,
            ExportFormat.NTRIPLES, Lang.NTRIPLES, ExportFormat.NQUADS, Lang.NQUADS, ExportFormat.TRIG, Lang.TRIG,
            ExportFormat.JSONLD, Lang.JSONLD11, ExportFormat.RDFXML, Lang.RDFXML);

    @TempDir
    static Path dir;
    static PapergraphStore store;
    static DatasetGraph expected;

    @BeforeAll
    static void fill() {
        store = PapergraphStore.open(dir.resolve("tdb2"));
        List<Quad> quads = List.of(
                Quad.create(G1, S, P, NodeFactory.createLiteralString("in both graphs")),
                Quad.create(G2, S, P, NodeFactory.createLiteralString("in both graphs")),
                Quad.create(G2, S, P, BLANK),
                Quad.create(G2, BLANK, P, NodeFactory.createLiteralLang("bonjour", "fr")),
                Quad.create(G1, BLANK, NodeFactory.createURI("http://other.example/ns#count"),
                        NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)),
                Quad.create(G1, NodeFactory.createURI(EX + "s2"), P, NodeFactory.createLiteralString("two\nlines\r\n")));
        Txn.executeWrite(store.dataset(), () -> quads.forEach(store.dataset().asDatasetGraph()::add));
        expected = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(expected::add));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<ExportFormat> rdfFormats() {
        return Stream.of(ExportFormat.values()).filter(f -> f.source() == ExportFormat.Source.RDF_STORE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFormats")
    void readsBackAsTheStore(ExportFormat format) throws IOException {
        Path file = format.defaultPath(dir);
        String written = format.write(new ExportSources(store, null), file);
        if (format == ExportFormat.NQUADS || format == ExportFormat.TRIG || format == ExportFormat.JSONLD) {
            DatasetGraph read = DatasetGraphFactory.create();
            RDFParser.source(file).lang(LANGS.get(format)).parse(read);
            assertTrue(IsoMatcher.isomorphic(expected, read), () -> "read back:\n" + read);
            assertEquals(expected.stream().count() + " quads", written);
        } else {
            Graph read = GraphFactory.createDefaultGraph();
            RDFParser.source(file).lang(LANGS.get(format)).parse(read);
            assertTrue(expected.getUnionGraph().isIsomorphicWith(read), () -> "read back:\n" + read);
            assertEquals(expected.getUnionGraph().size() + " triples", written, "the triple in both graphs once");
        }
        if (format == ExportFormat.NTRIPLES) {
            assertEquals(expected.getUnionGraph().size(), Files.readAllLines(file).size(), "a triple a line, once");
        }
    }

    @Test
    void aControlCharacterIsKeptButInXml() throws IOException {
        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                .add(G1, S, P, NodeFactory.createLiteralString(CONTROL)));
        try {
            Path ntriples = dir.resolve("control.nt");
            ExportFormat.NTRIPLES.write(new ExportSources(store, null), ntriples);
            Graph kept = GraphFactory.createDefaultGraph();
            RDFParser.source(ntriples).lang(Lang.NTRIPLES).parse(kept);
            assertTrue(kept.contains(S, P, NodeFactory.createLiteralString(CONTROL)));

            Path rdfxml = dir.resolve("control.rdf");
            ExportFormat.RDFXML.write(new ExportSources(store, null), rdfxml);
            Graph replaced = GraphFactory.createDefaultGraph();
            RDFParser.source(rdfxml).lang(Lang.RDFXML).parse(replaced);
            assertTrue(replaced.contains(S, P, NodeFactory.createLiteralString("a\uFFFDb")),
                    Files.readString(rdfxml, StandardCharsets.UTF_8));
        } finally {
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .delete(G1, S, P, NodeFactory.createLiteralString(CONTROL)));
        }
    }
}
