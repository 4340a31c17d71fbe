package org.papergraph.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;

/** Streamed extraction against the list API it must equal, over the real CoreNLP pipeline. */
class ExtractionStreamIT {

    @TempDir
    static Path dir;

    /** 40 example papers, then two of our own: a bare acronym first, its definition in the paper after it. */
    static List<String> inputs;
    static Extraction.Result listed;

    @BeforeAll
    static void extractAsAList() throws IOException {
        Path acronyms = Files.writeString(dir.resolve("acronyms.jsonl"),
                "{\"id\":\"uses\",\"title\":\"Routing Reconsidered\",\"abstract\":\"We compare against SMR on three "
                        + "translation benchmarks and find it brittle.\"}\n"
                        + "{\"id\":\"defines\",\"title\":\"Experts on Demand\",\"abstract\":\"We introduce Sparse Mixture "
                        + "Routing (SMR), a routing scheme for experts. SMR is fast.\"}\n");
        inputs = List.of(ExamplePapers.first(40, dir.resolve("first40.txt")).toString(), acronyms.toString());
        listed = Extraction.create().inputs(inputs).threads(2).run();
        Concept bare = listed.papers().get(40).concepts().stream().filter(c -> c.aliases().contains("SMR"))
                .findFirst().orElseThrow(() -> new AssertionError(listed.papers().get(40).concepts().toString()));
        assertEquals("Sparse Mixture Routing", bare.name(), "the corpus resolves an acronym defined later");
    }

    @Test
    void streamedPapersEqualTheListInInputOrderWhateverTheBatchSize() {
        record Run(int batchSize, int threads) {
        }
        int all = listed.papers().size();
        // One thread analyses on the reading thread; two, on a pool.
        for (Run run : List.of(new Run(1, 2), new Run(7, 1), new Run(all, 2))) {
            List<List<PaperConcepts>> batches = new ArrayList<>();
            Extraction.Summary s = Extraction.create().inputs(inputs).threads(run.threads()).batchSize(run.batchSize())
                    .stream(batches::add);

            List<PaperConcepts> streamed = batches.stream().flatMap(List::stream).toList();
            assertEquals(listed.papers(), streamed, run.toString());
            for (int i = 0; i < batches.size(); i++) {
                int expected = i < batches.size() - 1 ? run.batchSize() : all - run.batchSize() * i;
                assertEquals(expected, batches.get(i).size(), run + ": batch " + i);
            }
            assertEquals(all, s.read());
            assertEquals(all, s.extracted());
            assertEquals(listed.conceptsByType(), s.conceptsByType());
            assertEquals(listed.distinctConcepts(), s.distinctConcepts());
            assertEquals(listed.mentions(), s.mentions());
        }
    }

    @Test
    void duplicatesAndBadRecordsAreCountedAndWarnedOfAsTheListDoes() throws IOException {
        Path a = Files.writeString(dir.resolve("a.jsonl"),
                "{\"id\":\"p1\",\"title\":\"Contrastive Pretraining\",\"abstract\":\"We train on ImageNet.\"}\n"
                        + "{not json\n"
                        + "{\"id\":\"p1\",\"title\":\"Contrastive Pretraining\",\"abstract\":\"We train on ImageNet.\"}\n"
                        + "{\"id\":\"p2\",\"title\":\"Only a Title\"}\n");
        Path b = Files.writeString(dir.resolve("b.jsonl"),
                "{\"id\":\"other\",\"title\":\"contrastive  pretraining!\",\"abstract\":\"We evaluate on CIFAR-10.\"}\n"
                        + "{\"id\":\"p3\",\"title\":\"Policy Optimization\",\"abstract\":\"We propose Group Relative "
                        + "Policy Optimization (GRPO).\"}\n");
        List<String> listWarnings = new ArrayList<>();
        Extraction.Result list = Extraction.create().inputs(List.of(a.toString(), b.toString())).threads(1)
                .onProblem(listWarnings::add).run();
        List<String> streamWarnings = new ArrayList<>();
        List<PaperConcepts> streamed = new ArrayList<>();
        Extraction.Summary s = Extraction.create().inputs(List.of(a.toString(), b.toString())).threads(1)
                .onProblem(streamWarnings::add).stream(streamed::addAll);

        assertEquals(2, s.duplicates());
        assertEquals(list.read().duplicates(), s.duplicates());
        assertEquals(list.read().skipped(), s.skipped());
        assertEquals(list.read().papers().size(), s.read());
        assertEquals(4, list.read().problems().size(), list.read().problems().toString());
        assertEquals(list.read().problems(), s.problems());
        assertEquals(listWarnings, streamWarnings);
        assertEquals(list.papers(), streamed);
    }

    @Test
    void papersSkippedAsUnchangedAreNeitherAnalysedNorHandedOn() {
        Set<String> unchanged = Set.of(listed.papers().get(3).paper().id(), listed.papers().get(17).paper().id(),
                "defines");
        AtomicInteger analysed = new AtomicInteger();
        AtomicInteger toExtract = new AtomicInteger(-1);
        List<PaperConcepts> streamed = new ArrayList<>();
        Extraction.Summary s = Extraction.create().inputs(inputs).threads(2).batchSize(10)
                .skipWhen(p -> unchanged.contains(p.id()))
                .progress(n -> analysed.accumulateAndGet(n, Math::max))
                .stream(toExtract::set, streamed::addAll);

        int all = listed.papers().size();
        assertEquals(all, s.read());
        assertEquals(3, s.unchanged());
        assertEquals(all - 3, s.extracted());
        assertEquals(all - 3, toExtract.get());
        assertEquals(all - 3, analysed.get(), "progress counts the papers analysed");
        List<String> ids = streamed.stream().map(pc -> pc.paper().id()).toList();
        assertEquals(all - 3, ids.size());
        assertTrue(ids.stream().noneMatch(unchanged::contains), ids.toString());
        // Resolution sees only the papers extracted: the skipped definition of SMR names nothing.
        PaperConcepts uses = streamed.stream().filter(pc -> pc.paper().id().equals("uses")).findFirst().orElseThrow();
        assertFalse(uses.concepts().stream().anyMatch(c -> c.name().equals("Sparse Mixture Routing")),
                uses.concepts().toString());
        Extraction.Result list = Extraction.create().inputs(inputs).threads(2).skipWhen(p -> unchanged.contains(p.id()))
                .run();
        assertEquals(list.papers(), streamed);
        assertEquals(all, list.read().papers().size());
        assertTrue(list.papers().stream().map(PaperConcepts::paper).map(Paper::id).noneMatch(unchanged::contains));
    }
}
