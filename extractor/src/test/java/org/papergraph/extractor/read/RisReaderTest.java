package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Paper;

class RisReaderTest {

    @Test
    void recordsWithTheirFields() {
        CorpusReader.Result r = Samples.read("folder/more/references.ris");
        assertEquals(Map.of("ris", 1), r.formats());
        assertEquals(List.of(), r.problems());
        Paper a = r.papers().get(0);
        assertEquals("Diffusion Policies for Robotic Manipulation from Few Demonstrations", a.title());
        assertEquals("doi:10.5555/dp.2024.9", a.id());
        assertEquals(List.of("Chidi Okafor", "Yuki Tanaka"), a.authors());
        assertEquals("2024-02-09", a.date());
        assertEquals(List.of("diffusion models", "imitation learning"), a.categories());
        assertTrue(a.abstractText().endsWith("ten demonstrations. FewDiff outperforms Diffusion Policy and ACT on the "
                + "RoboMimic benchmark and transfers to a real Franka arm."), "a value carried on: " + a.abstractText());
        Paper b = r.papers().get(1);
        assertEquals("Speculative Decoding with Draft Trees", b.title(), "T1");
        assertEquals(List.of("Elena Ivanova"), b.authors(), "A1");
        assertEquals("2023", b.date(), "Y1");
        assertTrue(b.abstractText().startsWith("Speculative decoding speeds up"), "N2");
        assertEquals(Samples.path("folder/more/references.ris") + ":16", b.source());
    }

    @Test
    void windowsLineEndsAndAnEndTagWithoutItsSpace() {
        CorpusReader.Result r = Samples.read("ris/crlf.ris");
        assertEquals(List.of("Windows Line Ends"), r.papers().stream().map(Paper::title).toList());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void malformedRecordsGiveOneWarningEachWithTheirLine() {
        String f = Samples.path("ris/malformed.ris");
        CorpusReader.Result r = Samples.read("ris/malformed.ris");
        assertEquals(List.of("Record Missing Its End Line", "Record After The Unterminated One"),
                r.papers().stream().map(Paper::title).toList());
        assertEquals(2, r.skipped());
        assertEquals(List.of(
                f + ":1: RIS field TI outside a record (no TY line before it); skipped",
                f + ":2: paper 'Record Without An Abstract' has no abstract; skipped",
                f + ":6: RIS record without an ER line; it ends where the next begins"), r.problems());
    }

    @Test
    void aLineThatIsNotUtf8CostsItsRecord(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.ris");
        Files.write(f, ("TY  - JOUR\nTI  - Caf\u00e9 Latin-1\nAB  - Bytes from another encoding.\nER  - \n"
                + "TY  - JOUR\nTI  - Fine\nAB  - We use UTF-8.\nER  - \n").getBytes(StandardCharsets.ISO_8859_1));
        CorpusReader.Result r = CorpusReader.create().read(List.of(f.toString()));
        assertEquals(List.of("Fine"), r.papers().stream().map(Paper::title).toList());
        assertEquals(List.of(f + ":2: not valid UTF-8; record skipped"), r.problems());
    }

    @Test
    void detection() {
        RisReader reader = new RisReader();
        assertTrue(reader.detect("\nTY  - JOUR\nTI  - T\n"));
        assertFalse(reader.detect("TYPE - not RIS\n"));
        assertFalse(reader.detect("TI  - a tag\nbut no record start\n"));
        assertEquals("ris", Readers.detect("TY  - CONF\nER  - \n").orElseThrow().format());
    }
}
