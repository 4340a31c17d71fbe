package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Paper;

/** Title and abstract from PDFs PDFBox makes here: one column and two, with and without a heading, and bad ones. */
class PdfReaderTest {

    static final String TITLE = "Sparse Mixture Routing for Efficient Language Models";
    static final String ABSTRACT = "We propose Sparse Mixture Routing (SMR), a routing scheme for mixture-of-experts "
            + "language models that activates two experts per token. On the C4 corpus SMR reaches the perplexity of a "
            + "dense model with 40% less compute, and it outperforms Switch Transformer on GLUE and SuperGLUE while "
            + "training 1.8 times faster.";
    static final String INTRODUCTION = "Mixture-of-experts models scale the number of parameters without scaling "
            + "the compute per token. Routing decides which experts see a token, and poor routing wastes capacity.";

    @TempDir
    Path dir;

    /** A one-column first page: title over two lines, authors, "Abstract", the abstract, "1 Introduction". */
    static SamplePdf oneColumn(boolean heading) {
        SamplePdf pdf = SamplePdf.create().page()
                .text(90, 90, 17, true, "Sparse Mixture Routing for Efficient")
                .text(150, 112, 17, true, "Language Models")
                .text(200, 140, 11, false, "J\u00f6rg M\u00fcller, Mar\u00eda Garc\u00eda");
        float y = 175;
        if (heading) {
            pdf.text(280, y, 11, true, "Abstract");
            y += 20;
        }
        List<SamplePdf.Text> abstractLines = pdf.wrap(90, y, 432, 10, ABSTRACT);
        pdf.lines(abstractLines);
        y = abstractLines.get(abstractLines.size() - 1).y() + 30;
        return pdf.text(90, y, 12, true, "1 Introduction").paragraph(90, y + 20, 432, 10, INTRODUCTION)
                .text(90, 740, 8, false, "Preprint. Under review.");
    }

    private CorpusReader.Result read(Path pdf) {
        return CorpusReader.create().read(List.of(pdf.toString()));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void oneColumnWithAbstractHeading() throws IOException {
        Path f = oneColumn(true).save(dir.resolve("one-column.pdf"));
        CorpusReader.Result r = read(f);
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.papers().size());
        Paper p = r.papers().get(0);
        assertEquals(TITLE, p.title(), "the largest-font lines, over two lines");
        assertEquals(ABSTRACT, p.abstractText(), "from the heading to '1 Introduction'");
        assertEquals(PaperIds.titleId(TITLE), p.id());
        assertEquals(f.toString(), p.source());
        assertEquals(java.util.Map.of("pdf", 1), r.formats());
    }

    @Test
    void twoColumnsDrawnRowByRowAreReadColumnByColumn() throws IOException {
        SamplePdf pdf = SamplePdf.create().page()
                .text(66, 80, 16, true, "Graph Contrastive Pre-training for Molecule Property Prediction")
                .text(240, 104, 11, false, "Thi Nguyen, John Smith");
        List<SamplePdf.Text> left = new ArrayList<>();
        left.add(new SamplePdf.Text(150, 140, 11, true, "Abstract", false));
        String abstractText = "Molecular property prediction suffers from scarce labels. We introduce GraphCPT, a "
                + "contrastive pre-training method for graph neural networks that contrasts molecular scaffolds. "
                + "GraphCPT improves ROC-AUC on eight MoleculeNet benchmarks, including BBBP and Tox21, over GraphCL.";
        List<SamplePdf.Text> abstractLines = pdf.wrap(54, 158, 240, 10, abstractText);
        left.addAll(abstractLines);
        float y = abstractLines.get(abstractLines.size() - 1).y() + 24;
        left.add(new SamplePdf.Text(54, y, 12, true, "1 Introduction", false));
        left.addAll(pdf.wrap(54, y + 18, 240, 10, INTRODUCTION + " " + INTRODUCTION));
        List<SamplePdf.Text> right = pdf.wrap(318, 140, 240, 10, "Graph neural networks learn from molecules "
                + "drawn as graphs of atoms and bonds. Pre-training them without labels has become common, and "
                + "contrastive objectives compare two views of the same molecule against views of others. Our views "
                + "keep a molecule's scaffold and change its side chains, which keeps its properties.");
        // The producer draws row by row across both columns, as some do: reading order is the reader's job.
        List<SamplePdf.Text> drawn = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            if (i < left.size()) {
                drawn.add(left.get(i));
            }
            if (i < right.size()) {
                drawn.add(right.get(i));
            }
        }
        Path f = pdf.lines(drawn).save(dir.resolve("two-columns.pdf"));
        CorpusReader.Result r = read(f);
        assertEquals(List.of(), r.problems());
        Paper p = r.papers().get(0);
        assertEquals("Graph Contrastive Pre-training for Molecule Property Prediction", p.title());
        assertEquals(abstractText, p.abstractText());
    }

    @Test
    void withoutAnAbstractHeadingTheFirstPagesBodyTextIsTakenAndSaid() throws IOException {
        Path f = oneColumn(false).save(dir.resolve("no-heading.pdf"));
        CorpusReader.Result r = read(f);
        Paper p = r.papers().get(0);
        assertEquals(TITLE, p.title());
        assertEquals(ABSTRACT + " " + INTRODUCTION, p.abstractText(),
                "the lines in the page's body font: not the title, authors, heading or footer");
        assertEquals(List.of(f + ":1: no 'Abstract' heading on the first pages; the abstract is the first page's "
                + "body text"), r.problems());
        assertEquals(0, r.skipped());
    }

    @Test
    void aSoundMetadataTitleIsTakenAndAFileNameIsNot() throws IOException {
        Path sound = write("sound.pdf", oneColumn(true).metadata("Sparse mixture routing for efficient language "
                + "models (extended)", "J\u00f6rg M\u00fcller; Mar\u00eda Garc\u00eda").bytes());
        Paper p = read(sound).papers().get(0);
        assertEquals("Sparse mixture routing for efficient language models (extended)", p.title());
        assertEquals(List.of("J\u00f6rg M\u00fcller", "Mar\u00eda Garc\u00eda"), p.authors());
        for (String unsound : List.of("Microsoft Word - final_v3.docx", "main.tex", "paper", "Untitled document",
                "Instructions for ACL 2024 Proceedings")) {
            Path f = write("unsound.pdf", oneColumn(true).metadata(unsound, null).bytes());
            assertEquals(TITLE, read(f).papers().get(0).title(), unsound);
        }
    }

    @Test
    void theArxivStampAndAPrintedDoiGiveIds() throws IOException {
        Path stamped = write("stamped.pdf", oneColumn(true).stamp("arXiv:2403.01234v2 [cs.CL] 2 Mar 2024").bytes());
        Paper a = read(stamped).papers().get(0);
        assertEquals("arxiv:2403.01234", a.id());
        assertEquals("https://arxiv.org/abs/2403.01234", a.url());
        assertEquals(TITLE, a.title(), "the stamp's large rotated text is no title");

        Path withDoi = write("doi.pdf", oneColumn(true).text(90, 755, 8, false,
                "DOI: https://doi.org/10.5555/smr.2024.17.").bytes());
        Paper d = read(withDoi).papers().get(0);
        assertEquals("10.5555/smr.2024.17", d.doi());
        assertEquals("doi:10.5555/smr.2024.17", d.id());
    }

    @Test
    void aScanWithoutTextIsSkippedWithAWarning() throws IOException {
        Path f = SamplePdf.create().scannedPage().scannedPage().save(dir.resolve("scan.pdf"));
        CorpusReader.Result r = read(f);
        assertTrue(r.papers().isEmpty());
        assertEquals(1, r.skipped());
        assertEquals(List.of(f + ": no text on its first pages (a scan? papergraph does no OCR); skipped"),
                r.problems());
    }

    @Test
    void encryptedAndLockedPdfsAreSkippedWithAWarning() throws IOException {
        Path locked = write("locked.pdf", oneColumn(true).encrypted("reader-secret", true).bytes());
        Path noCopy = write("no-copy.pdf", oneColumn(true).encrypted("", false).bytes());
        Path open = write("owner-only.pdf", oneColumn(true).encrypted("", true).bytes());
        CorpusReader.Result r = CorpusReader.create().read(List.of(locked.toString(), noCopy.toString(),
                open.toString()));
        assertEquals(List.of(locked + ": an encrypted PDF that needs a password to open; skipped",
                noCopy + ": the PDF's permissions forbid extracting its text; skipped"), r.problems());
        assertEquals(List.of(TITLE), r.papers().stream().map(Paper::title).toList(),
                "encrypted with no password to open it and extraction allowed: read");
    }

    @Test
    void malformedPdfsAreOneWarningEachAndTheRestGoesOn() throws IOException {
        byte[] good = oneColumn(true).bytes();
        Path garbage = write("garbage.pdf", ("%PDF-1.7\n" + "\u0000\u00ff not a PDF body ".repeat(40))
                .getBytes(StandardCharsets.ISO_8859_1));
        Path truncated = write("truncated.pdf", Arrays.copyOf(good, 300));
        Path fine = write("fine.pdf", good);
        CorpusReader.Result r = CorpusReader.create().read(List.of(garbage.toString(), truncated.toString(),
                fine.toString()));
        assertEquals(1, r.papers().size(), r.problems().toString());
        assertEquals(2, r.skipped(), r.problems().toString());
        assertTrue(r.problems().get(0).startsWith(garbage + ": "), r.problems().toString());
        assertTrue(r.problems().get(1).startsWith(truncated + ": "), r.problems().toString());
    }

    @Test
    void linesAreJoinedIntoRunningText() {
        assertEquals("a representation of state-of-the-art models", PdfFrontMatter.join(
                List.of("a repre-", "sentation of state-of-the-", "art models")));
        assertEquals("GPT- 4 and Fig. 2", PdfFrontMatter.join(List.of("GPT-", "4 and", "", "Fig. 2")));
    }

    @Test
    void detectedByItsHeader() {
        PdfReader reader = new PdfReader();
        assertTrue(reader.detect("%PDF-1.7\n%\u00e2\u00e3"));
        assertTrue(reader.detect("\r\n%PDF-1.4"), "a header after a few bytes of junk");
        assertFalse(reader.detect("Some text mentioning %PDF- later".repeat(60)));
        assertNull(Readers.detect("%PDF-1.5").filter(r -> !r.format().equals("pdf")).orElse(null));
    }
}
