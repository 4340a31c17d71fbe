package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.Paper;

class OpenAlexReaderTest {

    @Test
    void worksOneALine() {
        CorpusReader.Result r = Samples.read("folder/openalex-works.jsonl");
        assertEquals(Map.of("openalex", 1), r.formats());
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("openalex:W4390000001", "openalex:W4390000002"), Samples.ids(r));
        Paper smr = r.papers().get(0);
        assertEquals("Sparse mixture routing for efficient language models", smr.title());
        assertEquals("We propose Sparse Mixture Routing (SMR), a routing scheme for mixture-of-experts language models "
                + "that activates two experts per token. On the C4 corpus SMR reaches the perplexity of a dense model "
                + "with 40% less compute.", smr.abstractText());
        assertEquals("10.5555/SMR.2024.17", smr.doi(), "without https://doi.org/");
        assertEquals("2024-12-10", smr.date());
        assertEquals(List.of("J\u00f6rg M\u00fcller", "Mar\u00eda Garc\u00eda"), smr.authors());
        assertEquals(List.of("Natural Language Processing Techniques", "Computer science", "Language model"),
                smr.categories(), "topics, then concepts");
        assertEquals("https://arxiv.org/abs/2310.00777", r.papers().get(1).url());
    }

    @Test
    void anApiResultPageSpreadOverLines() {
        String f = Samples.path("openalex/api-page.json");
        CorpusReader.Result r = Samples.read("openalex/api-page.json");
        assertEquals(List.of("openalex:W4390000003", "openalex:W4390000004"), Samples.ids(r));
        assertEquals(List.of(f + ":10", f + ":172"), r.papers().stream().map(Paper::source).toList(),
                "each work's line in the page");
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aLineCutShortAndAWorkWithoutAbstractCostThemselves() {
        String f = Samples.path("openalex/malformed.jsonl");
        CorpusReader.Result r = Samples.read("openalex/malformed.jsonl");
        assertEquals(List.of("openalex:W4390000002", "openalex:W4390000001"), Samples.ids(r));
        assertEquals(2, r.skipped());
        assertEquals(List.of(
                f + ":2: malformed JSON (Unexpected end-of-input: was expecting closing quote for a string value); "
                        + "paper skipped",
                f + ":3: paper 'A Work Without Abstract' has no abstract; skipped"), r.problems());
    }

    @Test
    void theInvertedIndexIsPutBackInOrder() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("a rose is a rose", OpenAlexReader.abstractText(json.readTree(
                "{\"rose\": [1, 4], \"a\": [0, 3], \"is\": [2]}")));
        assertEquals("gaps and huge positions", OpenAlexReader.abstractText(json.readTree("{\"gaps\": [5], \"and\": [90], "
                + "\"huge\": [2000000000], \"positions\": [2000000001], \"past-int\": [99999999999], \"x\": [\"y\"]}")),
                "no array as long as the last position; what is no position is left out");
        assertEquals("", OpenAlexReader.abstractText(json.readTree("null")));
    }

    @Test
    void detection() {
        OpenAlexReader reader = new OpenAlexReader();
        assertTrue(reader.detect("{\"id\": \"https://openalex.org/W2741809807\", \"doi\": null}"));
        assertTrue(reader.detect("{\n  \"meta\": {\"count\": 1},\n  \"results\": [\n    {\"id\":\"https://openalex.org/W1\""));
        assertFalse(reader.detect("{\"id\": \"https://openalex.org/A5023888391\", \"display_name\": \"an author\"}"));
        assertFalse(reader.detect("{\"id\":\"x\",\"title\":\"about https://openalex.org/W1\"}"));
        assertEquals("openalex", Readers.detect("[{\"id\":\"https://openalex.org/W1\"}]").orElseThrow().format());
    }
}
