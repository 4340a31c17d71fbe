package org.papergraph.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.PaperConcepts;

/** Reading and extraction together, over the real CoreNLP pipeline. */
class ExtractionIT {

    @TempDir
    Path dir;

    @Test
    void anOverlongAbstractIsCutForExtractionWithAWarningAndStoredWhole() throws IOException {
        String opening = "We train a transformer model with contrastive learning on ImageNet. ";
        String filler = "The results hold across many settings and seeds. ";
        StringBuilder text = new StringBuilder(opening);
        while (text.length() < 20_500) {
            text.append(filler);
        }
        int lateMention = text.length();
        text.append("Finally we evaluate on CIFAR-10.");
        Path f = dir.resolve("long.jsonl");
        Files.writeString(f, new ObjectMapper().writeValueAsString(
                Map.of("id", "long1", "title", "Learning at Length", "abstract", text.toString())) + "\n");
        List<String> warnings = new ArrayList<>();

        Extraction.Result r = Extraction.create().inputs(List.of(f.toString())).threads(1).onProblem(warnings::add).run();

        assertEquals(List.of(f + ":1: abstract is " + text.length() + " characters long; cut to 20000 characters for "
                + "extraction (the full text is stored)"), warnings);
        PaperConcepts p = r.papers().get(0);
        assertEquals(text.toString(), p.paper().abstractText());
        assertEquals(text.toString(), r.read().papers().get(0).abstractText());
        List<String> names = p.concepts().stream().map(Concept::name).toList();
        assertTrue(names.contains("ImageNet"), names.toString());
        assertFalse(names.contains("CIFAR-10"), "only the first 20,000 characters are read: " + names);
        for (Concept c : p.concepts()) {
            for (Mention m : c.mentions()) {
                assertTrue(m.end() <= 20_000 && m.end() < lateMention, m.toString());
                assertEquals(m.text(), p.paper().field(m.field()).substring(m.start(), m.end()));
            }
        }
    }
}
