package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.papergraph.extractor.HostileText;
import org.papergraph.extractor.model.Paper;

/**
 * The samples of every format cut short, with hostile text put in or bytes overwritten, as a broken download or a bad
 * export leaves them: reading never throws, every message names the input and stays printable, every id is a key.
 */
class SampleMutationPropertiesTest {

    static final List<String> SAMPLES = List.of("folder/library.bib", "bibtex/malformed.bib",
            "folder/more/references.ris", "ris/malformed.ris", "folder/openalex-works.jsonl", "openalex/api-page.json",
            "semantic-scholar/batch.json", "semantic-scholar/search-page.json", "folder/arxiv-query.atom");
    static final byte[] PDF = PdfReaderTest.oneColumn(true).stamp("arXiv:2403.01234v1 [cs.CL] 2 Mar 2024").bytes();

    @Property(tries = 300)
    void readingAMutatedSampleNeverThrows(@ForAll("mutated") byte[] input) {
        CorpusReader.Result r = CorpusReader.create().stdin(new ByteArrayInputStream(input)).read(List.of("-"));
        for (Paper p : r.papers()) {
            assertFalse(p.id().isBlank(), p.toString());
            assertTrue(p.id().length() <= PaperIds.MAX_ID_CHARS, p.id());
            assertTrue(p.id().codePoints().noneMatch(PaperIds::isControl), p.id());
            assertTrue(p.source().startsWith("<stdin>"), p.source());
        }
        for (String m : r.problems()) {
            assertTrue(m.startsWith("<stdin>"), m);
            assertTrue(m.codePoints().noneMatch(c -> c < 0x20 || c == 0x7F), "a control character in " + m);
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> sample = Arbitraries.of(SAMPLES).map(SampleMutationPropertiesTest::bytes);
        Arbitrary<byte[]> any = Arbitraries.frequencyOf(List.of(Tuple.of(4, sample), Tuple.of(1, Arbitraries.just(PDF))));
        Arbitrary<Double> cutAt = Arbitraries.doubles().between(0.05, 1.0);
        Arbitrary<Double> insertAt = Arbitraries.doubles().between(0, 1.0);
        Arbitrary<String> hostile = HostileText.text(6, 1);
        Arbitrary<Integer> overwrite = Arbitraries.integers().between(0, 40);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(any, cutAt, insertAt, hostile, overwrite, seed).as((b, cut, at, text, n, s) -> {
            byte[] kept = Arrays.copyOf(b, Math.max(1, (int) (b.length * cut)));
            int pos = (int) (kept.length * at);
            byte[] inserted = text.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[kept.length + inserted.length];
            System.arraycopy(kept, 0, out, 0, pos);
            System.arraycopy(inserted, 0, out, pos, inserted.length);
            System.arraycopy(kept, pos, out, pos + inserted.length, kept.length - pos);
            Random random = new Random(s);
            for (int i = 0; i < n; i++) {
                // The first bytes stay: detection still picks the sample's format, the reader meets the damage.
                int where = 16 + random.nextInt(Math.max(1, out.length - 16));
                if (where < out.length) {
                    out[where] = (byte) random.nextInt(256);
                }
            }
            return out;
        });
    }

    private static byte[] bytes(String sample) {
        try {
            return Files.readAllBytes(Samples.DIR.resolve(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
