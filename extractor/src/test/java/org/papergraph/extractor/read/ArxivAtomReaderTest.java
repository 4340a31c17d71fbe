package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.Paper;

class ArxivAtomReaderTest {

    @Test
    void entriesOfAnApiAnswer() {
        String f = Samples.path("folder/arxiv-query.atom");
        CorpusReader.Result r = Samples.read("folder/arxiv-query.atom");
        assertEquals(Map.of("arxiv-atom", 1), r.formats());
        assertEquals(List.of("arxiv:2403.01234", "doi:10.5555/sd.2024.21"), Samples.ids(r));
        Paper lcd = r.papers().get(0);
        assertEquals("Latent Consistency Distillation for One-Step Image Generation", lcd.title(),
                "not the feed's title; spacing collapsed");
        assertEquals("We distill Stable Diffusion XL into a one-step generator with latent consistency distillation. "
                + "On MS-COCO our generator reaches an FID of 18.1 in one step, ahead of LCM and InstaFlow.",
                lcd.abstractText());
        assertEquals(List.of("Wei Zhang", "Sofia Rossi"), lcd.authors());
        assertEquals("2024-03-02", lcd.date());
        assertEquals("http://arxiv.org/abs/2403.01234v2", lcd.url());
        assertEquals(List.of("cs.CV", "cs.LG"), lcd.categories(), "the primary category first");
        assertEquals(f + ":10", lcd.source());
        Paper sd = r.papers().get(1);
        assertEquals("10.5555/sd.2024.21", sd.doi());
        assertTrue(sd.abstractText().endsWith("TruthfulQA & keeps their accuracy."), "entities decoded");
        assertEquals(List.of(f + ":51: paper 'An Old-Style Identifier Without Summary' has no abstract; skipped"),
                r.problems());
    }

    @Test
    void malformedXmlEndsTheReadAtItsLine() {
        CorpusReader.Result r = Samples.read("arxiv-atom/malformed.atom");
        assertEquals(List.of("arxiv:2402.05555"), Samples.ids(r));
        assertEquals(List.of(Samples.path("arxiv-atom/malformed.atom") + ":13: malformed XML (The entity name must "
                + "immediately follow the '&' in the entity reference.); the rest of this file is skipped"),
                r.problems());
    }

    @Test
    void anApiErrorIsAWarningNotAPaper() {
        CorpusReader.Result r = Samples.read("arxiv-atom/api-error.atom");
        assertTrue(r.papers().isEmpty());
        assertEquals(List.of(Samples.path("arxiv-atom/api-error.atom")
                + ":8: arXiv API error: 'incorrect id format for 1234.12345'"), r.problems());
    }

    /** A feed that declares an external entity reads no file: DTDs are off. */
    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path feed = Files.writeString(dir.resolve("xxe.atom"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE feed [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n<id>http://arxiv.org/abs/2401.00001v1</id>\n"
                + "<title>Leaky &leak;</title>\n<summary>&leak; We test XML parsers.</summary>\n</entry>\n</feed>\n");
        CorpusReader.Result r = CorpusReader.create().read(List.of(feed.toString()));
        assertTrue(r.papers().stream().noneMatch(p -> (p.title() + p.abstractText()).contains("TOP-SECRET")));
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).startsWith(feed + ":6: malformed XML"), r.problems().toString());
        assertFalse(r.problems().get(0).contains("TOP-SECRET"));
    }

    @Test
    void detection() {
        ArxivAtomReader reader = new ArxivAtomReader();
        assertTrue(reader.detect("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertFalse(reader.detect("<html><body>feed</body></html>"));
        assertFalse(reader.detect("A title mentioning <feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    }
}
