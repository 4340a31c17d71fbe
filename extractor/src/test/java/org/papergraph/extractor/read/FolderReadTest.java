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
 * A folder holding a file of each format, some papers in several of them: each file is detected, hidden ones are
 * left alone, and a paper read from BibTeX, OpenAlex and its PDF is one paper.
 */
class FolderReadTest {

    @TempDir
    static Path dir;
    static Path folder;
    static CorpusReader.Result read;

    /** Semantic Scholar's copy of the arXiv feed's first paper: a DOI the feed lacks, the same arXiv id. */
    static final String S2_WITH_DOI = "{\"paperId\": \"649def34f8be52c8b66281af98ae884c09aef38b\", \"externalIds\": "
            + "{\"DOI\": \"10.5555/LCD.2024.2\", \"ArXiv\": \"2403.01234\"}, \"title\": \"Latent consistency "
            + "distillation for one-step image generation\", \"abstract\": \"We distill SDXL into one step.\", "
            + "\"year\": 2024, \"authors\": [{\"authorId\": \"1\", \"name\": \"Wei Zhang\"}]}\n";

    @BeforeAll
    static void readAFolder() throws IOException {
        folder = Files.createDirectories(dir.resolve("papers"));
        copy("arxiv-atom/query.atom", "arxiv-query.atom");
        copy("today/today.json", "export.json");
        copy("bibtex/library.bib", "library.bib");
        copy("ris/references.ris", "more/references.ris");
        copy("openalex/works.jsonl", "openalex-works.jsonl");
        copy("today/today.jsonl", "papers.jsonl");
        Files.writeString(folder.resolve("s2-paper.json"), S2_WITH_DOI);
        PdfReaderTest.oneColumn(true).save(folder.resolve("paper.pdf"));
        Files.writeString(folder.resolve("trending.txt"), "Get trending papers in your email inbox!\n"
                + "SubscribeToken Budgets for Chain-of-Thought\n" + PdfReaderTest.ABSTRACT.replace("SMR", "TBC") + "\n");
        Files.write(folder.resolve("figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        // Hidden: an editor's backup and a version-control folder are not papers to read.
        copy("bibtex/malformed.bib", ".library.bib.swp");
        copy("ris/crlf.ris", ".git/objects/references.ris");
        read = CorpusReader.create().read(List.of(folder.toString()));
    }

    private static void copy(String sample, String as) throws IOException {
        Path to = folder.resolve(as);
        Files.createDirectories(to.getParent());
        Files.copy(Samples.DIR.resolve(sample), to);
    }

    private static String f(String name) {
        return folder.resolve(name).toString();
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
        assertEquals(2 + 2 + 2 + 2 + 1 + 7 + 1, read.papers().size(), read.problems().toString());
        assertEquals(3, read.duplicates());
        assertEquals(3, read.skipped(), "the feed's paper without summary, the BibTeX entry without abstract, the PNG");
        List<String> merges = read.problems().stream().filter(p -> p.contains("same paper as")).toList();
        assertEquals(List.of(
                f("openalex-works.jsonl") + ":1: same paper as " + f("library.bib") + ":6 (same DOI "
                        + "'10.5555/smr.2024.17'), different content (title and abstract differ); kept "
                        + f("library.bib") + ":6 (the first), dropped " + f("openalex-works.jsonl") + ":1",
                f("paper.pdf") + ": same paper as " + f("library.bib") + ":6 (same title), different content "
                        + "(abstract differs); kept " + f("library.bib") + ":6 (the first), dropped " + f("paper.pdf"),
                f("s2-paper.json") + ":1: same paper as " + f("arxiv-query.atom") + ":10 (same arXiv id "
                        + "'2403.01234'), different content (title and abstract differ); kept "
                        + f("arxiv-query.atom") + ":10 (the first), dropped " + f("s2-paper.json") + ":1"), merges);
        Paper smr = read.papers().stream().filter(p -> p.id().equals("doi:10.5555/smr.2024.17")).findFirst()
                .orElseThrow();
        assertEquals(f("library.bib") + ":6", smr.source(), "the first copy, in path order");
    }

    @Test
    void hiddenFilesAndFoldersAreLeftAlone() {
        assertTrue(read.papers().stream().noneMatch(p -> p.source().contains("/.")), read.papers().toString());
        assertTrue(read.problems().stream().noneMatch(p -> p.contains("/.")), read.problems().toString());
        assertTrue(read.problems().contains(f("figure.png") + ": unknown format (known: " + Readers.formats()
                + "); give one with --format; file skipped"), read.problems().toString());
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
