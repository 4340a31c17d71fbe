package org.papergraph.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;

/** Streaming with an extractor that only takes a list: no CoreNLP here. */
class ExtractionTest {

    @TempDir
    Path dir;

    /** One concept a paper, named after its title, extracted a list at a time. */
    private static final ConceptExtractor BY_TITLE = (papers, progress) -> papers.stream()
            .map(p -> new PaperConcepts(p, List.of(new Concept(p.title().toLowerCase(), p.title(), ConceptType.METHOD,
                    List.of(), Role.USES, 0.5, true, List.of()))))
            .toList();

    @Test
    void anExtractorWithOnlyTheListApiIsStreamedInBatches() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            lines.append("{\"id\":\"p").append(i).append("\",\"title\":\"T").append(i % 3).append(" ").append(i)
                    .append("\",\"abstract\":\"A.\"}\n");
        }
        Path f = Files.writeString(dir.resolve("p.jsonl"), lines.toString());
        List<List<PaperConcepts>> batches = new ArrayList<>();

        Extraction.Summary s = Extraction.create().inputs(List.of(f.toString())).extractor(BY_TITLE).batchSize(2)
                .skipWhen(p -> p.id().equals("p2")).stream(batches::add);

        assertEquals(List.of(List.of("p1", "p3"), List.of("p4", "p5")),
                batches.stream().map(b -> b.stream().map(pc -> pc.paper().id()).toList()).toList());
        assertEquals(5, s.read());
        assertEquals(1, s.unchanged());
        assertEquals(4, s.distinctConcepts());
        assertEquals(4, s.conceptsByType().get(ConceptType.METHOD));
    }

    @Test
    void aBatchHoldsAtLeastOnePaper() {
        assertThrows(IllegalArgumentException.class, () -> Extraction.create().batchSize(0));
    }
}
