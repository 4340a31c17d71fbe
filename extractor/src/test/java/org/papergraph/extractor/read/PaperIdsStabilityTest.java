package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids are keys in every store built so far: the ids of papers read from the formats papergraph read before PDF,
 * BibTeX, RIS, OpenAlex, Semantic Scholar and Atom came must stay as they were, or a build over an existing store
 * would add each paper a second time. The expected ids are those the readers gave before those formats came.
 */
class PaperIdsStabilityTest {

    @Test
    void jsonLinesAndTheArxivSnapshotKeepTheirIds() {
        CorpusReader.Result r = Samples.read("folder/papers.jsonl");
        assertEquals(List.of("paper-7", "doi:10.48550/arxiv.2401.00001", "doi:10.1000/abc.def", "arxiv:2312.01234",
                "arxiv:hep-th/9901001", "title:a4e9cc6ccb921289", "0704.0001"), Samples.ids(r));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aJsonArrayKeepsItsIds() {
        assertEquals(List.of("doi:10.5/arr", "title:09124cac544251b3"), Samples.ids(Samples.read("folder/export.json")));
    }

    @Test
    void theExampleCorpusKeepsItsIds() throws Exception {
        List<String> ids = Samples.ids(CorpusReader.create().read(List.of("../examples/trending-papers.txt")));
        assertEquals(119, ids.size());
        assertEquals("title:03be2ec38cf13afa", ids.get(0));
        assertEquals("title:edec56b615e38f96", ids.get(118));
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((String.join("\n", ids) + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("0be0296ee73b9d57e5241074453b88b5e7bc1c14e6ae9c5b140fadf57e1d0128", HexFormat.of().formatHex(digest));
    }
}
