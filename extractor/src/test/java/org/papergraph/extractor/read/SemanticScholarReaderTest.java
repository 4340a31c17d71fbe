package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.Paper;

class SemanticScholarReaderTest {

    @Test
    void onePaperAsTheApiGivesIt() {
        CorpusReader.Result r = Samples.read("semantic-scholar/paper.json");
        assertEquals(Map.of("semantic-scholar", 1), r.formats());
        assertEquals(List.of(), r.problems());
        Paper p = r.papers().get(0);
        assertEquals("arxiv:2403.01234", p.id(), "no DOI: the arXiv id");
        assertEquals("Latent Consistency Distillation for One-Step Image Generation", p.title());
        assertTrue(p.abstractText().startsWith("We distill Stable Diffusion XL"));
        assertEquals(List.of("Wei Zhang", "Sofia Rossi"), p.authors());
        assertEquals("2024-03-02", p.date());
        assertEquals("https://arxiv.org/abs/2403.01234", p.url());
        assertEquals(List.of("Computer Science"), p.categories());
    }

    @Test
    void aBatchArrayWithAPaperNotFoundAndOneWithoutAbstract() {
        String f = Samples.path("semantic-scholar/batch.json");
        CorpusReader.Result r = Samples.read("semantic-scholar/batch.json");
        assertEquals(List.of("doi:10.5555/kd.2023.5"), Samples.ids(r));
        assertEquals("2023", r.papers().get(0).date(), "the year when there is no date");
        assertEquals(List.of(
                f + ":24: expected a JSON object (Semantic Scholar paper), found null; paper skipped",
                f + ":25: paper 'A Paper Whose Abstract Semantic Scholar Withholds' has no abstract; skipped"),
                r.problems());
    }

    @Test
    void aSearchPageAndJsonLinesWithAnErrorLine() {
        CorpusReader.Result page = Samples.read("semantic-scholar/search-page.json");
        assertEquals(List.of("arxiv:2403.01234", "doi:10.5555/kd.2023.5"), Samples.ids(page));
        CorpusReader.Result lines = Samples.read("semantic-scholar/papers.jsonl");
        assertEquals(List.of("doi:10.5555/kd.2023.5", "arxiv:2403.01234"), Samples.ids(lines));
        assertEquals(List.of(Samples.path("semantic-scholar/papers.jsonl") + ":2: an error Semantic Scholar answered, not a "
                + "paper: 'Too Many Requests. Please wait and try again or apply for...'; paper skipped"),
                lines.problems());
    }

    @Test
    void detection() {
        SemanticScholarReader reader = new SemanticScholarReader();
        assertTrue(reader.detect("{\"paperId\": \"649def34\", \"title\": \"T\"}"));
        assertTrue(reader.detect("{\"total\": 1, \"data\": [{\"paperId\": \"649def34\"}]}"));
        assertFalse(reader.detect("{\"id\":\"x\",\"abstract\":\"quotes \\\"paperId\\\": in text\"}"));
        assertEquals("semantic-scholar", Readers.detect("[\n  {\n    \"paperId\": \"x\"").orElseThrow().format());
    }
}
