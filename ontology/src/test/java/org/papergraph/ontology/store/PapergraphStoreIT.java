package org.papergraph.ontology.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.Fixtures;
import org.papergraph.ontology.store.PapergraphStore.StoredCopy;
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
    void countsPapersConceptsMentionsAndResults() {
        assertEquals(2, store.paperCount());
        assertEquals(4, store.conceptCount(), "BERT is shared");
        assertEquals(6, store.mentionCount());
        assertEquals(2, store.resultCount());
    }

    @Test
    void writingTheSamePapersAgainChangesNothing() throws IOException {
        long quads = quads();
        List<Path> generations = generations();
        long revision = store.revision();
        StoreChange change = store.write(List.of(Fixtures.paperA(), Fixtures.paperB()));
        assertTrue(change.isEmpty(), "nothing to write: " + change);
        assertEquals(revision, change.revision());
        assertEquals(revision, store.revision());
        assertEquals(quads, quads());
        assertEquals(generations, generations(), "not compacted either");
        assertEquals(2, store.paperCount());
        assertEquals(4, store.conceptCount());
        assertEquals(6, store.mentionCount());
        assertEquals(2, store.resultCount());
    }

    @Test
    void rewritingAPaperWithFewerConceptsRemovesTheOldOnes() {
        PaperConcepts a = Fixtures.paperA();
        store.write(List.of(new PaperConcepts(a.paper(), List.of(a.concepts().get(0)),
                List.of(Fixtures.speedUp()))));
        assertEquals(2, store.conceptCount(), "BERT and GLUE are left");
        assertEquals(3, store.mentionCount());
        assertEquals(1, store.resultCount(), "the score on ImageNet went with the paper's rewrite");
        PaperRecord paper = store.papers().stream().filter(p -> p.id().equals(Fixtures.PAPER_A)).findFirst()
                .orElseThrow();
        assertEquals(List.of("model:bert"), paper.concepts().stream().map(ConceptRecord::id).toList());
        assertEquals(List.of(Fixtures.speedUp()), paper.results().stream().map(ResultRecord::row).toList());
    }

    @Test
    void aChangeSaysWhichPapersAndConceptsItTouchedAndCountsTheRevisionUp() {
        long revision = store.revision();
        PaperConcepts a = Fixtures.paperA();
        StoreChange change = store.write(List.of(new PaperConcepts(a.paper(), List.of(a.concepts().get(0))),
                Fixtures.paperB()));
        assertEquals(Set.of(Fixtures.PAPER_A), change.papers(), "paper B is stored as it is");
        assertEquals(a.concepts().stream().map(Concept::id).collect(Collectors.toSet()), change.concepts(),
                "every concept paper A named before or names now");
        assertEquals(revision + 1, change.revision());
        assertEquals(revision + 1, store.revision());
    }

    @Test
    void removingTwiceChangesNothingTheSecondTime() {
        long revision = store.revision();
        StoreChange removed = store.remove(List.of(Fixtures.PAPER_A, "no such paper"));
        assertEquals(Set.of(Fixtures.PAPER_A), removed.removedPapers());
        assertEquals(Fixtures.paperA().concepts().stream().map(Concept::id).collect(Collectors.toSet()),
                removed.concepts());
        assertEquals(revision + 1, removed.revision());
        StoreChange again = store.remove(List.of(Fixtures.PAPER_A));
        assertTrue(again.isEmpty(), again.toString());
        assertEquals(revision + 1, store.revision());
        assertEquals(1, store.paperCount());
        assertEquals(0, store.resultCount(), "the results went with their paper");
    }

    /** A concept's keys are those of its stored description, so they change with it and go with it. */
    @Test
    void aConceptsKeysFollowItsDescriptionAndGoWithIt() {
        assertEquals(Set.of("model:bert", "bert"), keys(PG.concept("model:bert")), "paper B's BERT has no alias");
        PaperConcepts b = Fixtures.paperB();
        Concept bert = b.concepts().get(1);
        Concept aliased = new Concept(bert.id(), bert.name(), bert.type(),
                List.of("Bidirectional Encoder Representations"), bert.role(), bert.confidence(), bert.specific(),
                bert.mentions());
        store.write(List.of(new PaperConcepts(b.paper(), List.of(b.concepts().get(0), aliased))));
        assertEquals(Set.of("model:bert", "bert", "bidirectionalencoderrepresentation"),
                keys(PG.concept("model:bert")));
        store.write(List.of(b));
        assertEquals(Set.of("model:bert", "bert"), keys(PG.concept("model:bert")), "the alias's key went with it");

        store.remove(List.of(Fixtures.PAPER_A, Fixtures.PAPER_B));
        assertEquals(Set.of(), keys(PG.concept("model:bert")));
        assertEquals(Set.of(), keys(PG.paper(Fixtures.PAPER_A)));
        assertEquals(0L, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream(
                Node.ANY, Node.ANY, PG.key.asNode(), Node.ANY).count()), "no key is left anywhere");
    }

    private Set<String> keys(Resource subject) {
        return Txn.calculateRead(store.dataset(), () -> store.unionModel().listObjectsOfProperty(subject, PG.key)
                .mapWith(n -> n.asLiteral().getString()).toSet());
    }

    /**
     * Papers replaced again and again grow TDB2 with every write; the store compacts once it has doubled since the
     * last compaction, so it never holds more than twice its data, and keeps one generation on disk.
     */
    @Test
    void aStoreRewrittenAgainAndAgainIsCompactedOnceItHasDoubled() throws IOException {
        PaperConcepts a = Fixtures.paperA();
        PaperConcepts fewer = new PaperConcepts(a.paper(), List.of(a.concepts().get(0)));
        long compacted = dataBytes();
        Path generation = generations().get(0);
        int compactions = 0;
        for (int i = 0; i < 5000 && compactions == 0; i++) {
            assertFalse(store.write(List.of(i % 2 == 0 ? fewer : a)).isEmpty());
            List<Path> generations = generations();
            assertEquals(1, generations.size(), "the old generation is deleted: " + generations);
            long bytes = dataBytes();
            if (!generations.get(0).equals(generation)) {
                generation = generations.get(0);
                compactions++;
                compacted = bytes;
            }
            assertTrue(bytes <= 2 * compacted, "write " + i + ": " + bytes + " bytes, " + compacted + " after compaction");
        }
        assertEquals(1, compactions, "the writes doubled the store");
        assertEquals(3, store.mentionCount(), "this handle reads the new generation");
    }

    /** The length of the files of the store's current generation. */
    private long dataBytes() throws IOException {
        try (Stream<Path> files = Files.walk(generations().get(0))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
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
                List.of(new Mention(Mention.TITLE, 9, 3, "F1", ExtractionRule.LEXICON)));
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
                Fixtures.paperA().paper().abstractText(),
                List.of("Ada Lovelace", "Alan Turing"), "2024-05-01", "10.1/x y", "https://example.org/a",
                List.of("cs.CL", "cs.LG"), "papers.jsonl:1", a.concepts(), a.results()), a);
        assertEquals(List.of(
                new ConceptRecord("dataset:imagenet", "ImageNet", ConceptType.DATASET, List.of(), Role.EVALUATES_ON,
                        1.0, true, 1, List.of(ExtractionRule.LEXICON)),
                new ConceptRecord("method:contrastive learning", "contrastive learning", ConceptType.METHOD,
                        List.of(), Role.PROPOSES, 0.75, false, 2, List.of(ExtractionRule.TYPED_PHRASE)),
                new ConceptRecord("model:bert", "BERT", ConceptType.MODEL, List.of(), Role.USES, 0.9, true, 1,
                        List.of(ExtractionRule.LEXICON))),
                a.concepts(), "BERT's description is paper B's, the last written");

        String sentence = "It reaches 85.30% top-1 accuracy on ImageNet, 1,000 times faster than BERT.";
        assertEquals(List.of(new ResultRecord(Fixtures.PAPER_A, Fixtures.accuracy(), 85.3, sentence),
                new ResultRecord(Fixtures.PAPER_A, Fixtures.speedUp(), 1000, sentence)),
                a.results(), "the rows as extracted, the numbers as decimals, and their sentence");
        List<ResultRecord> all = new java.util.ArrayList<>();
        store.forEachResult(all::add);
        assertEquals(a.results(), all, "paper B reports none");

        PaperRecord b = papers.get(1);
        assertEquals("", b.abstractText());
        assertEquals(List.of(), b.results());
        assertEquals(null, b.date());
        assertEquals(List.of(Role.EVALUATES_ON, Role.COMPARES), b.concepts().stream().map(ConceptRecord::role)
                .toList());
    }

    @Test
    void readsTheConceptIdsOfEveryPaperAndTheSpecificOnesApart() {
        List<PaperConceptIds> read = new java.util.ArrayList<>();
        store.forEachPaperConcepts(read::add);
        assertEquals(List.of(
                new PaperConceptIds(Fixtures.PAPER_A,
                        List.of("dataset:imagenet", "method:contrastive learning", "model:bert"),
                        List.of("dataset:imagenet", "model:bert")),
                new PaperConceptIds(Fixtures.PAPER_B, List.of("benchmark:glue", "model:bert"),
                        List.of("benchmark:glue", "model:bert"))), read);
    }

    @Test
    void readsEachPapersTitleDateAndRolesAsTheFullRecordsHaveThem() {
        List<PaperRoles> read = new java.util.ArrayList<>();
        store.forEachPaperRoles(read::add);
        assertEquals(store.papers().stream().map(p -> new PaperRoles(p.id(), p.title(), p.date(), p.concepts().stream()
                .collect(Collectors.toMap(ConceptRecord::id, ConceptRecord::role)))).toList(), read);
        assertEquals(new PaperRoles(Fixtures.PAPER_B, "Beating BERT on GLUE", null,
                Map.of("benchmark:glue", Role.EVALUATES_ON, "model:bert", Role.COMPARES)), read.get(1));
    }

    @Test
    void readsBackEachPapersMentionsWithFieldAndOffsets() {
        Map<String, List<MentionRecord>> read = store.mentions(List.of(Fixtures.PAPER_B, "no such paper", Fixtures.PAPER_A));
        assertEquals(List.of(Fixtures.PAPER_B, Fixtures.PAPER_A), List.copyOf(read.keySet()));
        assertEquals(List.of(
                new MentionRecord("method:contrastive learning", Mention.ABSTRACT, 22, 42, "contrastive learning"),
                new MentionRecord("dataset:imagenet", Mention.ABSTRACT, 59, 67, "ImageNet"),
                new MentionRecord("method:contrastive learning", Mention.TITLE, 0, 20, "Contrastive learning"),
                new MentionRecord("model:bert", Mention.TITLE, 25, 29, "BERT")), read.get(Fixtures.PAPER_A));
        String abstractText = Fixtures.paperA().paper().abstractText();
        read.get(Fixtures.PAPER_A).stream().filter(m -> m.field().equals(Mention.ABSTRACT)).forEach(m ->
                assertEquals(m.text(), abstractText.substring(m.start(), m.end()), "offsets into the stored text"));
        assertEquals(2, read.get(Fixtures.PAPER_B).size());
    }

    @Test
    void readsOnlyThePapersAskedFor() {
        List<String> read = new java.util.ArrayList<>();
        store.forEachPaper(List.of(Fixtures.PAPER_B, "no such paper"), p -> read.add(p.id()));
        assertEquals(List.of(Fixtures.PAPER_B), read);
        List<ConceptDescription> described = new java.util.ArrayList<>();
        store.forEachConcept(List.of("model:bert", "model:gone"), described::add);
        assertEquals(List.of(new ConceptDescription("model:bert", "BERT", ConceptType.MODEL, List.of(), true)),
                described);
    }

    @Test
    void knowsAPaperItHoldsAsGivenFromOneWhoseInputChanged() {
        Paper a = Fixtures.paperA().paper();
        assertEquals(StoredCopy.SAME, store.storedCopy(a));
        assertEquals(StoredCopy.SAME, store.storedCopy(Fixtures.paperB().paper()),
                "absent date, DOI and URL read back as absent");
        assertEquals(StoredCopy.NONE, store.storedCopy(new Paper(a.id(), a.title(), a.abstractText() + " More.",
                a.authors(), a.date(), a.doi(), a.url(), a.categories(), a.source())));
        assertEquals(StoredCopy.NONE, store.storedCopy(new Paper("doi:10.1/other", a.title(), a.abstractText(),
                a.authors(), a.date(), a.doi(), a.url(), a.categories(), a.source())));
        assertEquals(StoredCopy.MOVED, store.storedCopy(new Paper(a.id(), a.title(), a.abstractText(), a.authors(),
                a.date(), a.doi(), a.url(), a.categories(), "papers.jsonl:7")), "a record that moved in its file");
    }

    @Test
    void aMovedRecordGetsItsNewPlaceAndNothingElseChanges() {
        Paper a = Fixtures.paperA().paper();
        long revision = store.revision();
        PaperRecord before = store.papers().stream().filter(p -> p.id().equals(a.id())).findFirst().orElseThrow();
        StoreChange change = store.relocate(Map.of(a.id(), "elsewhere.jsonl:9", "doi:10.1/absent", "x.jsonl:1"));
        assertEquals(Set.of(a.id()), change.papers());
        assertEquals(revision + 1, change.revision());
        assertEquals(StoredCopy.SAME, store.storedCopy(new Paper(a.id(), a.title(), a.abstractText(), a.authors(),
                a.date(), a.doi(), a.url(), a.categories(), "elsewhere.jsonl:9")));
        PaperRecord after = store.papers().stream().filter(p -> p.id().equals(a.id())).findFirst().orElseThrow();
        assertEquals("elsewhere.jsonl:9", after.source());
        assertEquals(before.concepts(), after.concepts(), "what was extracted stays");
        assertTrue(store.relocate(Map.of(a.id(), "elsewhere.jsonl:9")).papers().isEmpty(), "relocating twice");
        assertEquals(revision + 1, store.revision());
    }

    @Test
    void aPaperOtherRulesExtractedIsNotHeldAsIs() {
        Paper a = Fixtures.paperA().paper();
        Txn.executeWrite(store.dataset(), () -> {
            Model graph = store.dataset().getNamedModel(PG.paper(a.id()));
            Resource paper = graph.getResource(PG.paper(a.id()).getURI());
            paper.removeAll(PG.extractedWith).addProperty(PG.extractedWith, "rules-0000000000000000");
        });
        assertEquals(StoredCopy.NONE, store.storedCopy(a), "a build with other rules extracts it again");
    }

    @Test
    void dataSurvivesReopening() {
        store.close();
        store = PapergraphStore.open(dir.resolve("tdb2"));
        assertEquals(2, store.paperCount());
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
