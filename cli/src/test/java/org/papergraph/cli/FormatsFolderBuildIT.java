package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.papergraph.extractor.read.PaperReader;
import org.papergraph.extractor.read.Readers;
import org.papergraph.graph.neo4j.EmbeddedNeo4j;

/**
 * {@code build} over a folder holding a file of each format papergraph reads (the extractor's sample folder, and a
 * PDF made here), some papers in several of them: one graph, each paper once.
 */
class FormatsFolderBuildIT {

    static final Path SAMPLE_FOLDER = Path.of("../extractor/src/test/resources/formats/folder");
    static final String SMR = "Sparse Mixture Routing for Efficient Language Models";

    @TempDir
    static Path dir;
    static Path folder;
    static Path data;
    static CliRun build;

    @BeforeAll
    static void buildAFolder() throws IOException {
        folder = dir.resolve("papers");
        FileUtils.copyDirectory(SAMPLE_FOLDER.toFile(), folder.toFile());
        writePdf(folder.resolve("paper.pdf"), SMR, "We propose Sparse Mixture Routing (SMR), a routing scheme for "
                + "mixture-of-experts language models that activates two experts per token. SMR reaches the perplexity "
                + "of a dense model on C4 with 40% less compute and outperforms Switch Transformer on GLUE.");
        data = dir.resolve("data");
        build = CliRun.of("build", folder.toString(), "--data", data.toString());
    }

    /** A one-column first page as a word processor sets it: title, "Abstract", the abstract, "1 Introduction". */
    static void writePdf(Path file, String title, String abstractText) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        PDType1Font roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : abstractText.split(" ")) {
            if (line.length() + word.length() > 90) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        lines.add(line.toString().strip());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(bold, 18);
                cs.newLineAtOffset(60, 760);
                cs.showText(title);
                cs.setFont(bold, 11);
                cs.newLineAtOffset(0, -40);
                cs.showText("Abstract");
                cs.setFont(roman, 10);
                for (String l : lines) {
                    cs.newLineAtOffset(0, -13);
                    cs.showText(l);
                }
                cs.setFont(bold, 12);
                cs.newLineAtOffset(0, -30);
                cs.showText("1 Introduction");
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }

    private static String summaryLine(String err, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(.*)$").matcher(err);
        assertTrue(m.find(), key + " missing in:\n" + err);
        return m.group(1);
    }

    private String f(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void oneGraphWithEachPaperOnce() {
        assertEquals(0, build.code(), build.err());
        // Atom 2, JSON array 2, BibTeX 2, RIS 2, OpenAlex 1 new, JSON Lines 7, trending text 2; OpenAlex's and the
        // PDF's copies of a BibTeX entry and Semantic Scholar's of an arXiv entry are merged. Skipped: the feed's paper
        // without summary, the BibTeX entry without abstract, an image.
        assertEquals("18 read, 3 skipped, 3 duplicates merged, 0 unchanged (not extracted again)",
                summaryLine(build.err(), "papers"));
        assertEquals("9 files (pdf 1, arxiv-atom 1, bibtex 1, ris 1, openalex 1, semantic-scholar 1, jsonl 1, json 1, "
                + "trending-text 1)", summaryLine(build.err(), "formats"));
        assertTrue(summaryLine(build.err(), "neo4j").startsWith("18 papers, "), build.err());
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.create().home(data.resolve("neo4j")).start();
             Driver driver = GraphDatabase.driver(neo4j.boltUri());
             Session s = driver.session()) {
            assertEquals(1, s.run("MATCH (p:Paper) WHERE toLower(p.title) = toLower($t) RETURN count(p) AS n",
                    Map.of("t", SMR)).single().get("n").asInt(), "BibTeX, OpenAlex and the PDF: one paper");
            assertEquals(1, s.run("MATCH (p:Paper {id: 'doi:10.5555/smr.2024.17'}) RETURN count(p) AS n").single()
                    .get("n").asInt(), "the first copy's id, BibTeX's");
            assertEquals(0, s.run("MATCH (p:Paper {id: 'doi:10.5555/lcd.2024.2'}) RETURN count(p) AS n").single()
                    .get("n").asInt(), "Semantic Scholar's copy of the arXiv feed's paper: merged, not added");
        }
    }

    @Test
    void eachMergeIsAWarningNamingBothCopies() {
        String err = build.err();
        assertTrue(err.contains(f("openalex-works.jsonl") + ":1: same paper as " + f("library.bib") + ":6 (same DOI "
                + "'10.5555/smr.2024.17')"), err);
        assertTrue(err.contains(f("paper.pdf") + ": same paper as " + f("library.bib") + ":6 (same title)"), err);
        assertTrue(err.contains(f("s2-paper.json") + ":1: same paper as " + f("arxiv-query.atom") + ":10 (same arXiv "
                + "id '2403.01234')"), err);
        assertTrue(err.contains(f("library.bib") + ":34: paper 'A Survey of Retrieval-Augmented Generation' has no "
                + "abstract; skipped"), err);
        assertTrue(!err.contains(".backup"), "a hidden folder is not read:\n" + err);
    }

    @Test
    void aSecondBuildOfTheFolderChangesNothing() {
        CliRun again = CliRun.of("build", folder.toString(), "--data", data.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("18 read, 3 skipped, 3 duplicates merged, 18 unchanged (not extracted again)",
                summaryLine(again.err(), "papers"));
    }

    @Test
    void aCopyReadInALaterBuildMergesIntoTheStoredPaper() {
        Path later = dir.resolve("later");
        CliRun first = CliRun.of("build", f("openalex-works.jsonl"), "--data", later.toString(), "--no-exports");
        assertEquals(0, first.code(), first.err());
        assertTrue(summaryLine(first.err(), "neo4j").startsWith("2 papers, "), first.err());
        // BibTeX writes the DOI OpenAlex gave in upper case in lower case; the PDF has no DOI, only the title.
        CliRun second = CliRun.of("build", f("library.bib"), f("paper.pdf"), "--data", later.toString(),
                "--no-exports");
        assertEquals(0, second.code(), second.err());
        assertTrue(summaryLine(second.err(), "neo4j").startsWith("3 papers, "),
                "OpenAlex's two papers and BibTeX's other one:\n" + second.err());
        assertTrue(second.err().contains(f("library.bib") + ":6: paper doi:10.5555/smr.2024.17 is the stored paper "
                + "openalex:W4390000001 (same DOI 10.5555/smr.2024.17) read from " + f("openalex-works.jsonl") + ":1"),
                second.err());
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.create().home(later.resolve("neo4j")).start();
             Driver driver = GraphDatabase.driver(neo4j.boltUri());
             Session s = driver.session()) {
            assertEquals(1, s.run("MATCH (p:Paper) WHERE toLower(p.title) = toLower($t) RETURN count(p) AS n",
                    Map.of("t", SMR)).single().get("n").asInt(), "OpenAlex's copy, kept; BibTeX's and the PDF's merged");
        }
    }

    @Test
    void extractSaysTheFormatsToo() throws IOException {
        Path out = dir.resolve("concepts.jsonl");
        CliRun extract = CliRun.of("extract", f("library.bib"), f("paper.pdf"), "-o", out.toString());
        assertEquals(0, extract.code(), extract.err());
        assertEquals("2 files (pdf 1, bibtex 1)", summaryLine(extract.err(), "formats"));
        assertEquals(2, Files.readAllLines(out).size(), "the BibTeX entries; the PDF's paper merged into the first");
    }

    @Test
    void helpBuildNamesEveryFormat() {
        CliRun help = CliRun.of("help", "build");
        for (String format : Readers.all().stream().map(PaperReader::format).toList()) {
            assertTrue(help.out().contains(format), format + " in:\n" + help.out());
        }
        assertTrue(help.out().contains("folder"), help.out());
    }
}
