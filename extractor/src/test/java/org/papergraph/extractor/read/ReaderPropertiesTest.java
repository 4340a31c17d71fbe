package org.papergraph.extractor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.papergraph.extractor.HostileText;
import org.papergraph.extractor.model.Paper;

/**
 * Properties of reading over generated hostile input, in every format and with detection: reading
 * never throws (a bad record is a warning), and ids are stable, bounded keys. Pure Java, so many tries.
 */
class ReaderPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Property(tries = 1000)
    void readingNeverThrowsAndEveryIdIsAUsableKey(@ForAll("inputs") byte[] input,
                                                 @ForAll("formats") String format) {
        CorpusReader.Result r = read(input, format);
        for (Paper p : r.papers()) {
            assertFalse(p.id().isBlank(), p.toString());
            assertTrue(p.id().length() <= PaperIds.MAX_ID_CHARS, p.id().length() + " chars");
            assertTrue(p.id().codePoints().noneMatch(PaperIds::isControl), p.id());
            assertTrue(p.source().matches("<stdin>:\\d+"), p.source());
            assertFalse(p.abstractText().isBlank(), p.toString());
        }
        for (String m : r.problems()) {
            assertTrue(m.startsWith("<stdin>"), m);
            assertTrue(m.codePoints().noneMatch(c -> c < 0x20 || c == 0x7F), "a control character in " + m);
        }
        // The generated files must give papers and problems often enough for the checks above to mean something.
        Statistics.label("papers").collect(!r.papers().isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p > 25));
        Statistics.label("problems").collect(!r.problems().isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p > 25));
    }

    @Property(tries = 500)
    void theSameInputGivesTheSameIds(@ForAll("inputs") byte[] input, @ForAll("formats") String format) {
        CorpusReader.Result first = read(input, format);
        CorpusReader.Result second = read(input, format);
        assertEquals(first.papers().stream().map(Paper::id).toList(), second.papers().stream().map(Paper::id).toList());
        assertEquals(first.problems(), second.problems());
    }

    @Property(tries = 500)
    void aByteOrderMarkChangesNothing(@ForAll("inputs") byte[] input, @ForAll("formats") String format) {
        Assume.that(!startsWithBom(input));
        byte[] marked = new byte[input.length + 3];
        System.arraycopy(BOM, 0, marked, 0, 3);
        System.arraycopy(input, 0, marked, 3, input.length);
        CorpusReader.Result plain = read(input, format);
        CorpusReader.Result withBom = read(marked, format);
        assertEquals(plain.papers(), withBom.papers());
        assertEquals(plain.problems(), withBom.problems());
    }

    private static CorpusReader.Result read(byte[] input, String format) {
        return CorpusReader.create().format(format).stdin(new ByteArrayInputStream(input)).read(List.of("-"));
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && Arrays.equals(Arrays.copyOf(b, 3), BOM);
    }

    @Provide
    Arbitrary<String> formats() {
        // null: detect the format, as a build does.
        return Arbitraries.of("jsonl", "json", "trending-text").injectNull(0.4);
    }

    /** Files of hostile records: lines of JSON Lines, a JSON array, or trending-papers text, with junk mixed in. */
    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<List<byte[]>> lines = record().list().ofMaxSize(12);
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n");
        Arbitrary<Boolean> asArray = Arbitraries.of(true, false);
        Arbitrary<Boolean> bom = Arbitraries.of(false, false, false, true);
        return Combinators.combine(lines, newline, asArray, bom).as((ls, nl, array, mark) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (mark) {
                out.writeBytes(BOM);
            }
            out.writeBytes((array ? "[" : "").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < ls.size(); i++) {
                if (i > 0) {
                    out.writeBytes(((array ? "," : "") + nl).getBytes(StandardCharsets.UTF_8));
                }
                out.writeBytes(ls.get(i));
            }
            out.writeBytes((array ? "]" : "").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        });
    }

    private Arbitrary<byte[]> record() {
        return Arbitraries.frequencyOf(List.of(
                Tuple.of(30, paperObject().map(ReaderPropertiesTest::utf8)),
                Tuple.of(15, HostileText.text(20, 2).map(ReaderPropertiesTest::oneLine).map(ReaderPropertiesTest::utf8)),
                Tuple.of(10, Arbitraries.strings().ofMinLength(300).ofMaxLength(1500).map(ReaderPropertiesTest::oneLine)
                        .map(ReaderPropertiesTest::utf8)),
                Tuple.of(5, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)),
                Tuple.of(5, Arbitraries.of(
                        "{\"id\":\"\\ud800\",\"title\":\"half \\udc00 a pair\",\"abstract\":\"An abstract \\ud83d.\"}",
                        "{\"id\":\"x\",\"title\":[1,{\"a\":null}],\"abstract\":{\"b\":[]},\"authors\":7}",
                        "{\"id\":\"x\"", "[", "]", "{}", "null", "\"just a string\"", "{\"title\":\"T\",\"abstract\":\"A\"}garbage",
                        "Get trending papers in your email inbox!", "SubscribeA Title").map(ReaderPropertiesTest::utf8)),
                Tuple.of(2, Arbitraries.integers().between(50_000, 200_000).map(n -> utf8("{\"title\":\"" + "a".repeat(n))))));
    }

    /** A JSON paper whose fields hold hostile text, ids among them (too long, control characters, blank). */
    private Arbitrary<String> paperObject() {
        Arbitrary<String> field = HostileText.text(15, 2);
        Arbitrary<String> id = Arbitraries.oneOf(HostileText.unicodeWord(), Arbitraries.strings().ofLength(300),
                HostileText.controls(), Arbitraries.of("", " ", "p1", "p2"));
        Arbitrary<String> doi = Arbitraries.oneOf(Arbitraries.of("10.1/abc", "10.5/ONE"), HostileText.unicodeWord());
        Arbitrary<String> url = Arbitraries.of("https://arxiv.org/abs/2301.12345v2", "https://example.org/\u0000", "");
        return Combinators.combine(id.injectNull(0.3), doi.injectNull(0.5), url.injectNull(0.5), field, field)
                .as((i, d, u, t, a) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", i);
                    m.put("doi", d);
                    m.put("url", u);
                    m.put("title", t);
                    m.put("abstract", a);
                    m.put("authors", List.of(t.length() > 20 ? t.substring(0, 20) : t));
                    try {
                        return JSON.writeValueAsString(m);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
