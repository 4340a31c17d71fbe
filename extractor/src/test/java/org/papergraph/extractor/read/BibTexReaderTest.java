package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.Paper;

class BibTexReaderTest {

    @Test
    void entriesWithTheirFieldsLatexDecoded() {
        CorpusReader.Result r = Samples.read("folder/library.bib");
        assertEquals(Map.of("bibtex", 1), r.formats());
        assertEquals(List.of("doi:10.5555/smr.2024.17", "arxiv:2303.04567"), Samples.ids(r));
        Paper smr = r.papers().get(0);
        assertEquals("Sparse Mixture Routing for Efficient Language Models", smr.title());
        assertEquals(List.of("J\u00f6rg M\u00fcller", "Mar\u00eda Garc\u00eda", "Pawe\u0142 Nowak"), smr.authors());
        assertEquals("2024", smr.date());
        assertEquals("10.5555/smr.2024.17", smr.doi());
        assertEquals("https://doi.org/10.5555/smr.2024.17", smr.url());
        assertEquals(List.of("mixture of experts", "routing", "efficiency"), smr.categories());
        assertTrue(smr.abstractText().startsWith("We propose Sparse Mixture Routing (SMR), a routing scheme for "
                + "mixture-of-experts language models that activates"), "lines joined: " + smr.abstractText());
        assertTrue(smr.abstractText().contains("with 40% less compute"), smr.abstractText());
        assertTrue(smr.abstractText().contains("SuperGLUE \u2014 while training 1.8\u00d7 faster"), smr.abstractText());
        assertTrue(smr.abstractText().endsWith("code of SMR and its caf\u00e9-sized \u201ctiny\u201d variant for "
                + "Fran\u00e7ois and Se\u00f1or \u0160imon."), smr.abstractText());
        assertEquals(Samples.path("folder/library.bib") + ":6", smr.source());

        Paper graph = r.papers().get(1);
        assertEquals(List.of("Thi Nguyen", "John Smith Jr."), graph.authors());
        assertEquals("https://arxiv.org/abs/2303.04567", graph.url(), "from eprint and archivePrefix");
    }

    @Test
    void anEntryWithoutAbstractIsSkippedWithItsLine() {
        CorpusReader.Result r = Samples.read("folder/library.bib");
        assertEquals(1, r.skipped());
        assertEquals(List.of(Samples.path("folder/library.bib")
                + ":34: paper 'A Survey of Retrieval-Augmented Generation' has no abstract; skipped"), r.problems());
    }

    @Test
    void aMalformedEntryCostsItselfAndNamesItsLine() {
        String f = Samples.path("bibtex/malformed.bib");
        CorpusReader.Result r = Samples.read("bibtex/malformed.bib");
        assertEquals(List.of("Attention Is Not All You Need for Tabular Data", "Low-Rank Adapters Revisited"),
                r.papers().stream().map(Paper::title).toList());
        assertEquals(2, r.skipped());
        assertEquals(List.of(
                f + ":8: malformed BibTeX entry (Reached unexpected EOF token); entry skipped",
                f + ":13: malformed BibTeX entry (Encountered unexpected token: \"key\" <NAME>); entry skipped",
                f + ":18: undefined @string 'undefinedjournal'; its name is taken as the value"), r.problems());
    }

    @Test
    void latexAccentsBracesDashesAndMath() {
        assertEquals("\u00dcber M\u00fcller caf\u00e9 \u00e9t\u00e9 \u2013 \u2014", LaTeXText.decode(
                "{\\\"U}ber M\\\"{u}ller caf\\'{e} {\\'e}t\\'e -- ---"));
        assertEquals("Ca\u0107 \u00f4 na\u00efve \u0142 \u00e7a \u0161 \u0151", LaTeXText.decode(
                "Ca\\'c \\^{o} na\\\"{\\i}ve {\\l} \\c{c}a \\v s \\H{o}"));
        assertEquals("\u03b1-divergence O(n^2) a_b Q&A 50% see Fig. 2", LaTeXText.decode(
                "$\\alpha$-divergence $O(n^2)$ a\\_b Q&A 50\\% see~Fig. 2"));
        assertEquals("BERT: Pre-training of Deep Bidirectional Transformers", LaTeXText.decode(
                "{BERT}: Pre-training of\n   Deep \\emph{Bidirectional} Transformers"));
        assertEquals("an unbalanced brace", LaTeXText.decode("an {unbalanced brace"), "what JBibTeX cannot parse");
    }

    @Test
    void detection() {
        BibTexReader reader = new BibTexReader();
        assertTrue(reader.detect("% Encoding: UTF-8\n\n@Article{key,\n title={T}}"));
        assertTrue(reader.detect("@string{x = \"y\"}\n"));
        assertFalse(reader.detect("Title line\n@article{x, is not at the start}"));
        assertFalse(reader.detect("{\"title\": \"@article{\"}"));
        assertEquals("bibtex", Readers.detect("\n@inproceedings{a,\n").orElseThrow().format());
    }
}
