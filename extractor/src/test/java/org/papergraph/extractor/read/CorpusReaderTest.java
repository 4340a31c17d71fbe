package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Paper;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private static final String ABSTRACT = "We propose a method for co-salient object detection. It is evaluated on "
            + "three benchmarks and outperforms earlier work by a wide margin. The code is released for everyone.";

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static CorpusReader.Result read(Path... files) {
        return CorpusReader.create().read(java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    @Test
    void readsTheExampleCorpus() {
        CorpusReader.Result r = CorpusReader.create().read(List.of("../examples/trending-papers.txt"));
        assertEquals(119, r.papers().size());
        assertEquals(0, r.skipped());
        Paper first = r.papers().get(0);
        assertTrue(first.title().startsWith("Multi-modal Co-learning for Earth Observation"), first.title());
        assertTrue(first.abstractText().startsWith("Multi-modal co-learning is emerging"));
        assertEquals("../examples/trending-papers.txt:3", first.source());
        assertTrue(r.papers().stream().allMatch(p -> p.id().startsWith("title:")));
    }

    @Test
    void trendingTextSkipsATitleWithoutAbstractAndKeepsAlignment() throws IOException {
        Path f = write("t.txt", "Get trending papers in your email inbox!\nSubscribeFirst Paper Title\n" + ABSTRACT
                + "\nOrphan Title With No Abstract\nThird Paper\n" + ABSTRACT.replace("method", "model") + "\n");
        CorpusReader.Result r = read(f);
        assertEquals(List.of("First Paper Title", "Third Paper"), r.papers().stream().map(Paper::title).toList());
        assertEquals(1, r.skipped());
        assertTrue(r.problems().get(0).startsWith(f + ":4: title without an abstract"), r.problems().toString());
    }

    @Test
    void jsonLinesWithMalformedLinesInvalidUtf8AndEmptyTitles() throws IOException {
        Path f = dir.resolve("p.jsonl");
        byte[] bad = "{\"id\":\"x3\",\"title\":\"Bad \u00ff\",\"abstract\":\"text\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = ("{\"id\":\"x1\",\"title\":\"\",\"abstract\":\"An abstract.\",\"authors\":[\"A. B\"],\"year\":2024}\n"
                + "{not json\n").getBytes(StandardCharsets.UTF_8);
        byte[] last = "{\"id\":\"x4\",\"title\":\"Fine\",\"abstract\":\"Another abstract.\"}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, concat(good, bad, last));
        CorpusReader.Result r = read(f);
        assertEquals(List.of("x1", "x4"), r.papers().stream().map(Paper::id).toList());
        assertEquals("", r.papers().get(0).title());
        assertEquals(Integer.valueOf(2024), r.papers().get(0).year());
        assertEquals(2, r.skipped());
        assertTrue(r.problems().get(0).startsWith(f + ":2: malformed JSON"), r.problems().toString());
        assertTrue(r.problems().get(1).startsWith(f + ":3: not valid UTF-8"), r.problems().toString());
    }

    @Test
    void arxivSnapshotFieldsAreReadAsTheyAre() throws IOException {
        Path f = write("arxiv.json", "{\"id\":\"2401.00001\",\"submitter\":\"X\",\"authors\":\"Ann Lee, Bo Chen and Cy Dee\","
                + "\"title\":\"A  Title\\n  over lines\",\"comments\":null,\"journal-ref\":null,\"doi\":\"10.1/abc\","
                + "\"categories\":\"cs.CL cs.LG\",\"abstract\":\"  We study\\n  things.\\n\",\"update_date\":\"2024-01-05\"}\n");
        Paper p = read(f).papers().get(0);
        assertEquals("2401.00001", p.id());
        assertEquals("A Title over lines", p.title());
        assertEquals("We study things.", p.abstractText());
        assertEquals(List.of("Ann Lee", "Bo Chen", "Cy Dee"), p.authors());
        assertEquals(List.of("cs.CL", "cs.LG"), p.categories());
        assertEquals("2024-01-05", p.date());
        assertEquals("10.1/abc", p.doi());
    }

    @Test
    void jsonArrayExport() throws IOException {
        Path f = write("export.json", "[\n {\"title\":\"One\",\"abstract\":\"First.\",\"doi\":\"10.5/ONE\"},\n"
                + " {\"title\":\"Two\",\"abstract\":\"Second.\",\"url\":\"https://arxiv.org/abs/2301.12345v2\"}\n]\n");
        List<Paper> papers = read(f).papers();
        assertEquals(List.of("doi:10.5/one", "arxiv:2301.12345"), papers.stream().map(Paper::id).toList());
    }

    @Test
    void aByteOrderMarkIsIgnoredInEveryTextFormat() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path jsonl = dir.resolve("bom.jsonl");
        Files.write(jsonl, concat(bom, "{\"id\":\"b1\",\"title\":\"T\",\"abstract\":\"A.\"}\n".getBytes(StandardCharsets.UTF_8)));
        Path json = dir.resolve("bom.json");
        Files.write(json, concat(bom, "[{\"id\":\"b2\",\"title\":\"T2\",\"abstract\":\"A.\"}]".getBytes(StandardCharsets.UTF_8)));
        Path text = dir.resolve("bom.txt");
        Files.write(text, concat(bom, ("Bom Paper Title\n" + ABSTRACT + "\n").getBytes(StandardCharsets.UTF_8)));
        Map<Path, String> titles = Map.of(jsonl, "T", json, "T2", text, "Bom Paper Title");
        for (Map.Entry<Path, String> e : titles.entrySet()) {
            CorpusReader.Result r = read(e.getKey());
            assertEquals(List.of(), r.problems(), e.getKey().toString());
            Paper p = r.papers().get(0);
            assertEquals(e.getValue(), p.title());
            assertEquals(e.getKey() + ":1", p.source());
        }
        assertEquals("b1", read(jsonl).papers().get(0).id());
    }

    @Test
    void samePaperTwiceIsMergedWithAWarningNamingBothCopies() throws IOException {
        Path a = write("a.jsonl", "{\"title\":\"Graph Neural Networks\",\"abstract\":\"x.\"}\n");
        Path b = write("b.jsonl", "{\"id\":\"other\",\"title\":\"graph neural  networks!\",\"abstract\":\"y.\"}\n"
                + "{\"id\":\"other\",\"title\":\"graph neural  networks!\",\"abstract\":\"y.\"}\n");
        CorpusReader.Result r = read(a, b);
        assertEquals(List.of("Graph Neural Networks"), r.papers().stream().map(Paper::title).toList());
        assertEquals(2, r.duplicates());
        assertEquals(0, r.skipped());
        assertEquals(List.of(
                b + ":1: same paper as " + a + ":1 (same title), different content (title and abstract differ); kept "
                        + a + ":1 (the first), dropped " + b + ":1",
                b + ":2: same paper as " + a + ":1 (same title), different content (title and abstract differ); kept "
                        + a + ":1 (the first), dropped " + b + ":2"), r.problems());
    }

    @Test
    void readingIntoASinkHandsOnWhatTheListHoldsInOrder() throws IOException {
        Path a = write("a.jsonl", "{\"id\":\"p1\",\"title\":\"One\",\"abstract\":\"First.\"}\n{broken\n"
                + "{\"id\":\"p2\",\"title\":\"Two\",\"abstract\":\"Second.\"}\n");
        Path b = write("b.jsonl", "{\"id\":\"p1\",\"title\":\"One\",\"abstract\":\"Changed.\"}\n"
                + "{\"id\":\"p9\",\"title\":\"two!\",\"abstract\":\"Second.\"}\n"
                + "{\"id\":\"p3\",\"title\":\"Three\",\"abstract\":\"Third.\"}\n");
        List<String> inputs = List.of(a.toString(), b.toString());
        List<Paper> handedOn = new ArrayList<>();

        CorpusReader.Summary s = CorpusReader.create().read(inputs, handedOn::add);

        CorpusReader.Result listed = CorpusReader.create().read(inputs);
        assertEquals(List.of("p1", "p2", "p3"), handedOn.stream().map(Paper::id).toList());
        assertEquals(listed.papers(), handedOn);
        assertEquals(new CorpusReader.Summary(3, 1, 2, listed.problems(), Map.of("jsonl", 2)), s);
        assertTrue(s.problems().get(0).startsWith(a + ":2: malformed JSON"), s.problems().toString());
        assertEquals(List.of(
                b + ":1: same paper as " + a + ":1 (same id 'p1'), different content (abstract differs); kept " + a
                        + ":1 (the first), dropped " + b + ":1",
                b + ":2: same paper as " + a + ":3 (same title), different content (title differs); kept " + a
                        + ":3 (the first), dropped " + b + ":2"), s.problems().subList(1, 3));
    }

    @Test
    void whatTheSinkThrowsIsItsOwnFailureNotABadRecord() throws IOException {
        Path jsonl = write("s.jsonl", "{\"id\":\"s1\",\"title\":\"T\",\"abstract\":\"A.\"}\n");
        Path json = write("s.json", "[{\"id\":\"s2\",\"title\":\"T\",\"abstract\":\"A.\"}]");
        for (Path f : List.of(jsonl, json)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CorpusReader.create().read(List.of(f.toString()), p -> {
                        throw new IllegalArgumentException("sink refused " + p.id());
                    }));
            assertTrue(e.getMessage().startsWith("sink refused"), e.getMessage());
        }
    }

    @Test
    void aRepeatedIdSaysWhetherTheCopiesDiffer() throws IOException {
        Path f = write("d.jsonl", "{\"id\":\"p1\",\"title\":\"One\",\"abstract\":\"First.\"}\n"
                + "{\"id\":\"p1\",\"title\":\"One\",\"abstract\":\"First.\"}\n"
                + "{\"id\":\"p1\",\"title\":\"Another\",\"abstract\":\"First.\"}\n");
        CorpusReader.Result r = read(f);
        assertEquals(List.of("First."), r.papers().stream().map(Paper::abstractText).toList());
        assertEquals(List.of(
                f + ":2: same paper as " + f + ":1 (same id 'p1'), same title and abstract; kept " + f
                        + ":1 (the first), dropped " + f + ":2",
                f + ":3: same paper as " + f + ":1 (same id 'p1'), different content (title differs); kept " + f
                        + ":1 (the first), dropped " + f + ":3"), r.problems());
    }

    @Test
    void anIdThatCannotBeAKeyGivesWayToTheDerivedOne() throws IOException {
        String tooLong = "x".repeat(PaperIds.MAX_ID_CHARS + 1);
        Path f = write("ids.jsonl", "{\"id\":\"" + tooLong + "\",\"doi\":\"10.1/A\",\"title\":\"T1\",\"abstract\":\"A.\"}\n"
                + "{\"id\":\"a\\u0000b\",\"url\":\"https://arxiv.org/abs/2401.00002\",\"title\":\"T2\",\"abstract\":\"A.\"}\n"
                + "{\"id\":\"a\\u202eb\",\"doi\":\"10.1/\\u0007\",\"title\":\"T3\",\"abstract\":\"A.\"}\n"
                + "{\"id\":\"" + "y".repeat(PaperIds.MAX_ID_CHARS) + "\",\"title\":\"T4\",\"abstract\":\"A.\"}\n");
        CorpusReader.Result r = read(f);
        assertEquals(List.of("doi:10.1/a", "arxiv:2401.00002", PaperIds.titleId("T3"), "y".repeat(PaperIds.MAX_ID_CHARS)),
                r.papers().stream().map(Paper::id).toList());
        assertEquals(0, r.skipped());
        List<String> problems = r.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(f + ":1: id 'xxx"), problems.get(0));
        assertTrue(problems.get(0).endsWith("...' is 257 characters long, more than a key's 256; using doi:10.1/a instead"),
                problems.get(0));
        assertEquals(f + ":2: id 'a\\u0000b' holds the control character U+0000; using arxiv:2401.00002 instead",
                problems.get(1));
        assertEquals(f + ":3: id 'a\\u202Eb' holds the control character U+202E; using " + PaperIds.titleId("T3")
                + " instead", problems.get(2));
        assertEquals(f + ":3: DOI '10.1/\\u0007' holds the control character U+0007; using " + PaperIds.titleId("T3")
                + " as the id instead", problems.get(3));
    }

    @Test
    void paperWithoutAbstractIsSkipped() throws IOException {
        Path f = write("n.jsonl", "{\"id\":\"n1\",\"title\":\"Only a title\"}\n{\"id\":\"n2\",\"title\":\"T\",\"abstract\":\"A.\"}\n");
        CorpusReader.Result r = read(f);
        assertEquals(List.of("n2"), r.papers().stream().map(Paper::id).toList());
        assertTrue(r.problems().get(0).startsWith(f + ":1: paper 'Only a title' has no abstract"));
    }

    @Test
    void unknownFormatMissingFileAndStandardInput() throws IOException {
        Path bin = dir.resolve("x.bin");
        Files.write(bin, new byte[] {0, 1, 2, 3, 0, 0});
        CorpusReader.Result r = CorpusReader.create()
                .stdin(new ByteArrayInputStream("{\"id\":\"s\",\"title\":\"T\",\"abstract\":\"A.\"}\n".getBytes(StandardCharsets.UTF_8)))
                .read(List.of(bin.toString(), dir.resolve("missing.txt").toString(), "-"));
        assertEquals(List.of("s"), r.papers().stream().map(Paper::id).toList());
        assertEquals("<stdin>:1", r.papers().get(0).source());
        assertTrue(r.problems().get(0).startsWith(bin + ": unknown format"), r.problems().toString());
        assertTrue(r.problems().get(1).endsWith("missing.txt: no such file; skipped"), r.problems().toString());
    }

    @Test
    void forcedFormatOverridesDetection() throws IOException {
        Path f = write("weird.txt", "{\"id\":\"j\",\"title\":\"T\",\"abstract\":\"A.\"}\n");
        CorpusReader.Result r = CorpusReader.create().format("trending-text").read(List.of(f.toString()));
        assertTrue(r.papers().isEmpty());
        assertNull(Readers.detect("\u0000binary").orElse(null));
    }

    @Test
    void textReadAsAJsonArrayIsOneProblemWithItsLineAndNoRawInput() throws IOException {
        Path f = write("notjson.txt", "\n\nnope\u0001\u0007 at all\n");
        CorpusReader.Result r = CorpusReader.create().format("json").read(List.of(f.toString()));
        assertEquals(1, r.skipped());
        String m = r.problems().get(0);
        assertTrue(m.startsWith(f + ":3: malformed JSON (Unrecognized token 'nope\\u0001\\u0007'"), m);
        assertTrue(m.endsWith("; file skipped"), m);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
