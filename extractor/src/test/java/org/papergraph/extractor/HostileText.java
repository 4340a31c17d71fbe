package org.papergraph.extractor;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated text of the kind that breaks parsers: Unicode of every category (unassigned code points,
 * surrogate pairs and now and then half of one, combining marks, right-to-left runs and bidi controls, emoji sequences), control
 * characters with NUL, bracket soup, tokens of 10,000+ characters without a space, mixed with real
 * phrases so that the rules have something to find in it.
 */
public final class HostileText {

    /** Phrases the extractor finds concepts in, so that mentions in hostile surroundings get checked. */
    private static final List<String> REAL = List.of(
            "We propose Group Relative Policy Optimization (GRPO)", "GRPO", "evaluated on ImageNet",
            "outperforms Qwen2.5-1.5B-Instruct", "on the CoSOD3k benchmark", "large language models",
            "co-salient object detection", "contrastive learning", "CIFAR-10", "Llama 3", "transformer-based",
            "LF (Long Form)", "reinforcement learning", "Memory-aided Contrastive Consensus Learning (MCCL)",
            "Title: a new dataset", "trained on the Gigaword corpus", "accuracy", "(", ")", "-", ":", ".");

    private HostileText() {
    }

    /** One code point from any of the troublesome ranges; never half a surrogate pair. */
    public static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(List.of(
                weighted(6, 0x20, 0x7E),            // ASCII
                weighted(2, 0x00, 0x1F),            // C0 controls, NUL included
                weighted(1, 0x7F, 0x9F),            // DEL and C1 controls
                weighted(2, 0xA0, 0x24F),           // Latin-1, Latin extended
                weighted(2, 0x300, 0x36F),          // combining marks
                weighted(1, 0x370, 0x3FF),          // Greek, with unassigned holes (U+0378...)
                weighted(2, 0x590, 0x6FF),          // Hebrew, Arabic: right to left, with their marks
                weighted(1, 0x2000, 0x206F),        // spaces, zero-width joiners, bidi overrides, U+2028/9
                weighted(2, 0x4E00, 0x9FFF),        // CJK
                weighted(1, 0xE000, 0xF8FF),        // private use
                weighted(1, 0xFB00, 0xFFFF),        // ligatures, U+FDFA (18 chars under NFKC), BOM, noncharacters
                weighted(2, 0x1F300, 0x1FAFF),      // emoji, some unassigned
                weighted(1, 0x1D400, 0x1D7FF),      // mathematical alphanumerics: letters beyond the BMP
                weighted(1, 0x20000, 0x2A6DF),      // CJK extension B
                weighted(1, 0x40000, 0x4FFFF),      // an unassigned plane
                weighted(1, 0x0, 0x10FFFF)))        // anything at all
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    }

    private static Tuple.Tuple2<Integer, Arbitrary<Integer>> weighted(int weight, int from, int to) {
        return Tuple.of(weight, Arbitraries.integers().between(from, to));
    }

    /** A short run of any code points. */
    public static Arbitrary<String> unicodeWord() {
        return codePoints().list().ofMinSize(1).ofMaxSize(12).map(HostileText::fromCodePoints);
    }

    /** "((([[{{", "})]>": brackets in any order and number. */
    public static Arbitrary<String> bracketSoup() {
        return Arbitraries.strings().withChars("()[]{}<>").ofMinLength(1).ofMaxLength(40);
    }

    /** 10,000 characters or more without a space: a repeated name or letter, a name-shaped run, repeated Unicode. */
    public static Arbitrary<String> hugeToken() {
        Arbitrary<Integer> length = Arbitraries.integers().between(10_000, 15_000);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("GRPO", "x", "A1b", "-", "(", "\u00e9", "\uD83D\uDE00"), length)
                        .as((piece, n) -> piece.repeat(n / piece.length() + 1)),
                length.map(n -> "Qwen" + "2.5-".repeat(n / 4) + "B"),
                Combinators.combine(unicodeWord(), length).as((w, n) -> {
                    String piece = w.replaceAll("[\\s\\p{Z}]", "") + "x";
                    return piece.repeat(n / piece.length() + 1);
                }));
    }

    /** Control characters, NUL among them. */
    public static Arbitrary<String> controls() {
        return Arbitraries.integers().between(0, 0x1F).list().ofMinSize(1).ofMaxSize(5).map(HostileText::fromCodePoints);
    }

    /** A real phrase the rules react to. */
    public static Arbitrary<String> realPhrase() {
        return Arbitraries.of(REAL);
    }

    /**
     * Text made of pieces of every kind above, joined by spaces, nothing, line breaks or exotic spaces.
     * {@code hugeWeight} (at least 1) is how often, in about 100, a piece is a huge token: they are slow for CoreNLP.
     */
    public static Arbitrary<String> text(int maxPieces, int hugeWeight) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(List.of(
                Tuple.of(40, realPhrase()),
                Tuple.of(30, unicodeWord()),
                Tuple.of(10, bracketSoup()),
                Tuple.of(10, controls()),
                // Half a surrogate pair: not in any file's UTF-8, but JSON's \\u escapes produce them.
                Tuple.of(2, Arbitraries.of("\uD800", "\uDFFF", "x\uDBFFy")),
                Tuple.of(hugeWeight, hugeToken()),
                Tuple.of(10, Arbitraries.of("", " ", "  ", "\t", "\u00a0", "\u3000"))));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "\n", "\r\n", "\t", "\u00a0", "\u2028", ". ");
        return Combinators.combine(piece, separator).as((p, s) -> p + s).list().ofMaxSize(maxPieces)
                .map(parts -> String.join("", parts));
    }

    private static String fromCodePoints(List<Integer> cps) {
        StringBuilder sb = new StringBuilder(cps.size());
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
