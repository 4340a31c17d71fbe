package org.papergraph.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;

/** The extract format's result rows, read back as JSON: the fields the README documents, with their types. */
class ExtractionWriterTest {

    @Test
    void resultRowsAreWrittenWithTheirPartsConceptsAndOffsets() throws Exception {
        String text = "We find that ToyNet reaches 85.3% accuracy on GSM8K.";
        Paper paper = new Paper("p1", "ToyNet", text, List.of(), null, null, null, List.of(), "test:1");
        ResultRow row = new ResultRow("85.3", "%", ResultKind.ABSOLUTE, new ResultPart("accuracy", "accuracy"),
                new ResultPart("GSM8K", "gsm8k"), new ResultPart("ToyNet", "toynet"), ResultPart.NONE, "abstract",
                28, 32, 0, text.length(), "85.3% accuracy on GSM8K", 28, 51);

        JsonNode written = new ObjectMapper().readTree(ExtractionWriter.toJsonl(List.of(
                new PaperConcepts(paper, List.of(), List.of(row)))));

        JsonNode r = written.get("results").get(0);
        assertEquals("85.3", r.get("value").textValue());
        assertEquals("absolute", r.get("kind").textValue());
        assertEquals("accuracy", r.get("metric").textValue(), "the parts are strings, as score_results.py reads them");
        assertEquals("GSM8K", r.get("benchmark").textValue());
        assertEquals("", r.get("baseline").textValue());
        assertEquals("gsm8k", r.get("benchmarkConcept").textValue());
        assertTrue(r.get("baselineConcept").isNull(), "a part without a concept has a null id");
        assertEquals(text.substring(r.get("start").intValue(), r.get("end").intValue()), r.get("value").textValue());
        assertEquals(text.substring(r.get("quoteStart").intValue(), r.get("quoteEnd").intValue()), r.get("quote").textValue());
        assertEquals(text, text.substring(r.get("sentenceStart").intValue(), r.get("sentenceEnd").intValue()));
        assertEquals("abstract", r.get("field").textValue());
    }

    @Test
    void aPaperWithoutResultsHasAnEmptyList() throws Exception {
        Paper paper = new Paper("p2", "T", "A.", List.of(), null, null, null, List.of(), "test:2");
        JsonNode written = new ObjectMapper().readTree(ExtractionWriter.toJsonl(List.of(new PaperConcepts(paper, List.of()))));
        assertTrue(written.get("results").isArray() && written.get("results").isEmpty());
    }
}
