package org.papergraph.ontology.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.Fixtures;
import org.papergraph.ontology.validate.ShaclViolationException;
import org.papergraph.ontology.vocab.PG;

/** PapergraphStore on a real TDB2 database in a temporary directory. */
class PapergraphStoreIT {
    @TempDir
    Path dir;

    private PapergraphStore store;

    @BeforeEach
    void open() {
        store = PapergraphStore.open(dir.resolve("tdb2"));
        store.write(List.of(Fixtures.paperA(), Fixtures.paperB()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void countsPapersConceptsAndMentions() {
        assertEquals(2, store.paperCount());
        assertEquals(4, store.conceptCount(), "BERT is shared");
        assertEquals(6, store.mentionCount());
    }

    @Test
    void writingTheSamePapersAgainChangesNothing() throws IOException {
        long quads = quads();
        List<Path> generations = generations();
        assertFalse(store.write(List.of(Fixtures.paperA(), Fixtures.paperB())), "nothing to write");
        assertEquals(quads, quads());
        assertEquals(generations, generations(), "not compacted either");
        assertEquals(2, store.paperCount());
        assertEquals(4, store.conceptCount());
        assertEquals(6, store.mentionCount());
    }

    @Test
    void rewritingAPaperWithFewerConceptsRemovesTheOldOnes() {
        PaperConcepts a = Fixtures.paperA();
        store.write(List.of(new PaperConcepts(a.paper(), List.of(a.concepts().get(0)))));
        assertEquals(2, store.conceptCount(), "BERT and GLUE are left");
        assertEquals(3, store.mentionCount());
        PaperRecord paper = store.papers().stream().filter(p -> p.id().equals(Fixtures.PAPER_A)).findFirst()
                .orElseThrow();
        assertEquals(List.of("model:bert"), paper.concepts().stream().map(ConceptRecord::id).toList());
    }

    @Test
    void aWriteThatChangesSomethingCompactsAndKeepsOnlyTheNewGeneration() throws IOException {
        PaperConcepts a = Fixtures.paperA();
        PaperConcepts fewer = new PaperConcepts(a.paper(), List.of(a.concepts().get(0)));
        for (int i = 0; i < 4; i++) {
            assertTrue(store.write(List.of(i % 2 == 0 ? fewer : a)));
            List<Path> generations = generations();
            assertEquals(1, generations.size(), "the old generation is deleted: " + generations);
        }
        assertEquals("Data-0006", generations().get(0).getFileName().toString(), "created, then five compactions");
        assertEquals(6, store.mentionCount(), "this handle reads the new generation");
    }

    @Test
    void writeRefusesToRunInsideACallersTransaction() {
        Txn.executeRead(store.dataset(), () -> assertThrows(IllegalStateException.class,
                () -> store.write(List.of(Fixtures.paperA()))));
    }

    @Test
    void aWriteThatFailsTheShapesIsAbortedWithTheViolations() {
        long quads = quads();
        PaperConcepts b = Fixtures.paperB();
        Concept backwards = new Concept("metric:f1", "F1", ConceptType.METRIC, List.of(), Role.USES, 0.5, false,
                List.of(new Mention(Mention.TITLE, 9, 3, "F1")));
        PaperConcepts broken = new PaperConcepts(b.paper(), List.of(backwards));

        ShaclViolationException e = assertThrows(ShaclViolationException.class,
                () -> store.write(List.of(Fixtures.paperA(), broken)));
        assertTrue(e.getMessage().startsWith("paper " + b.paper().id() + " (" + b.paper().source() + "): 1 SHACL violation:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("<= oa:end"), e.getMessage());
        assertEquals(quads, quads(), "nothing changed");
        assertEquals(6, store.mentionCount());
    }

    @Test
    void sparqlQueriesSeeAllPapersInTheDefaultGraph() {
        ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT (COUNT(?p) AS ?n) { ?p a ?type }");
        q.setParam("type", PG.Paper);
        long n = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q.asQuery()).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(2, n);
    }

    @Test
    void readsBackEveryPaperWithItsConcepts() {
        List<PaperRecord> papers = store.papers();
        assertEquals(List.of(Fixtures.PAPER_A, Fixtures.PAPER_B), papers.stream().map(PaperRecord::id).toList());

        PaperRecord a = papers.get(0);
        assertEquals(new PaperRecord(Fixtures.PAPER_A, "Contrastive learning for BERT",
                "We pretrain BERT with contrastive learning and evaluate on ImageNet.",
                List.of("Ada Lovelace", "Alan Turing"), "2024-05-01", "10.1/x y", "https://example.org/a",
                List.of("cs.CL", "cs.LG"), "papers.jsonl:1", a.concepts()), a);
        assertEquals(List.of(
                new ConceptRecord("dataset:imagenet", "ImageNet", ConceptType.DATASET, List.of(), Role.EVALUATES_ON,
                        1.0, true, 1),
                new ConceptRecord("method:contrastive learning", "contrastive learning", ConceptType.METHOD,
                        List.of(), Role.PROPOSES, 0.75, false, 2),
                new ConceptRecord("model:bert", "BERT", ConceptType.MODEL, List.of(), Role.USES, 0.9, true, 1)),
                a.concepts(), "BERT's description is paper B's, the last written");

        PaperRecord b = papers.get(1);
        assertEquals("", b.abstractText());
        assertEquals(null, b.date());
        assertEquals(List.of(Role.EVALUATES_ON, Role.COMPARES), b.concepts().stream().map(ConceptRecord::role)
                .toList());
    }

    @Test
    void dataSurvivesReopening() {
        store.close();
        store = PapergraphStore.open(dir.resolve("tdb2"));
        assertEquals(2, store.paperCount());
    }

    @Test
    void turtleExportRoundTripsToTheUnionGraph() throws IOException {
        Path file = dir.resolve("papergraph.ttl");
        store.exportTurtle(file);
        assertTrue(Files.readString(file).contains("PREFIX pg:"), "written with prefixes");
        Model exported = RDFDataMgr.loadModel(file.toString());
        Txn.executeRead(store.dataset(), () -> assertTrue(store.unionModel().isIsomorphicWith(exported)));
        assertTrue(exported.size() > 50);
    }

    @Test
    void trigExportRoundTripsToTheDataset() throws IOException {
        Path file = dir.resolve("papergraph.trig");
        store.exportTriG(file);
        assertTrue(Files.readString(file).contains("PREFIX pg:"), "written with prefixes");
        Dataset exported = DatasetFactory.create();
        RDFDataMgr.read(exported, file.toString());
        Txn.executeRead(store.dataset(), () ->
                assertTrue(IsoMatcher.isomorphic(store.dataset().asDatasetGraph(), exported.asDatasetGraph())));
        assertEquals(3, exported.asDatasetGraph().size(), "two papers and the concepts graph");
    }

    /** TDB2's database generations, Data-NNNN, oldest first. */
    private List<Path> generations() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("tdb2"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("Data-")).sorted().toList();
        }
    }

    private long quads() {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().count());
    }
}
