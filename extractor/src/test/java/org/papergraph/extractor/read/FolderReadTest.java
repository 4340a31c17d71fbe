package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Paper;

/**
 * The sample folder, a file of each text format with some papers in several of them, and a PDF read after it: each
 * file is detected, hidden ones are left alone, and a paper read from BibTeX, OpenAlex and its PDF is one paper.
 */
class FolderReadTest {

    static final Path FOLDER = Samples.DIR.resolve("folder");

    @TempDir
    static Path dir;
    static Path pdf;
    static CorpusReader.Result read;

    @BeforeAll
    static void readTheFolderAndAPdf() throws IOException {
        pdf = PdfReaderTest.oneColumn(true).save(dir.resolve("paper.pdf"));
        read = CorpusReader.create().read(List.of(FOLDER.toString(), pdf.toString()));
    }

    private static String f(String name) {
        return FOLDER.resolve(name).toString();
    }

    @Test
    void everyFileIsReadInItsDetectedFormat() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String format : List.of("pdf", "arxiv-atom", "bibtex", "ris", "openalex", "semantic-scholar", "jsonl",
                "json", "trending-text")) {
            expected.put(format, 1);
        }
        assertEquals(expected, read.formats());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(read.formats().keySet()), "in detection order");
    }

    @Test
    void papersAreCountedOnceWithEachMergeNamed() {
        // Atom 2, JSON array 2, BibTeX 2, RIS 2, OpenAlex 1 new, JSON Lines 7, trending text 2.
        assertEquals(18, read.papers().size(), read.problems().toString());
        assertEquals(3, read.duplicates());
        assertEquals(3, read.skipped(), "the feed's paper without summary, the BibTeX entry without abstract, the PNG");
        List<String> merges = read.problems().stream().filter(p -> p.contains("same paper as")).toList();
        assertEquals(List.of(
                f("openalex-works.jsonl") + ":1: same paper as " + f("library.bib") + ":6 (same DOI "
                        + "'10.5555/smr.2024.17'), different content (title and abstract differ); kept "
                        + f("library.bib") + ":6 (the first), dropped " + f("openalex-works.jsonl") + ":1",
                f("s2-paper.json") + ":1: same paper as " + f("arxiv-query.atom") + ":10 (same arXiv id "
                        + "'2403.01234'), different content (title and abstract differ); kept "
                        + f("arxiv-query.atom") + ":10 (the first), dropped " + f("s2-paper.json") + ":1",
                pdf + ": same paper as " + f("library.bib") + ":6 (same title), different content (abstract "
                        + "differs); kept " + f("library.bib") + ":6 (the first), dropped " + pdf), merges);
        Paper smr = read.papers().stream().filter(p -> p.id().equals("doi:10.5555/smr.2024.17")).findFirst()
                .orElseThrow();
        assertEquals(f("library.bib") + ":6", smr.source(), "the first copy, in path order");
    }

    @Test
    void hiddenFilesAndFoldersAreLeftAlone() {
        assertTrue(read.papers().stream().noneMatch(p -> p.source().contains(".backup")), read.papers().toString());
        assertTrue(read.problems().stream().noneMatch(p -> p.contains(".backup")), read.problems().toString());
        assertTrue(read.problems().contains(f("figure.png") + ": unknown format (known: " + Readers.formats()
                + "); give one with --format; file skipped"), read.problems().toString());
    }

    @Test
    void linksAreFollowedAndALoopIsOneProblem() throws IOException {
        Path top = Files.createDirectories(dir.resolve("linked"));
        Files.createSymbolicLink(top.resolve("samples"), FOLDER.toAbsolutePath().resolve("more"));
        Files.createSymbolicLink(top.resolve("loop"), top.toAbsolutePath());
        CorpusReader.Result r = CorpusReader.create().read(List.of(top.toString()));
        assertEquals(2, r.papers().size(), "the RIS file through the link: " + r.problems());
        assertEquals(List.of(top.resolve("loop") + ": cannot read (a link back up the folder tree); skipped"),
                r.problems());
    }

    @Test
    void aFolderWithoutFilesIsOneProblem() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty/.only-hidden"));
        Files.writeString(empty.resolve("x.jsonl"), "{\"title\":\"T\",\"abstract\":\"A.\"}\n");
        CorpusReader.Result r = CorpusReader.create().read(List.of(dir.resolve("empty").toString()));
        assertEquals(List.of(dir.resolve("empty") + ": a folder without files to read; skipped"), r.problems());
        assertEquals(Map.of(), r.formats());
    }
}
