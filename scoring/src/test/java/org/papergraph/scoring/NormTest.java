package org.papergraph.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Scorer#norm} against what score.py's {@code norm} returns for the same strings (checked with Python 3.11). */
class NormTest {

    static Stream<Arguments> pythonNorms() {
        return Stream.of(
                // dashes of every kind, underscores and slashes separate words
                Arguments.of("Co\u2011Salient\u2014Object\u2013Detection", "co salient object detection"),
                Arguments.of("ResNet-50", "resnet 50"),
                Arguments.of("a/b_c", "a b c"),
                Arguments.of("GPT\u20104\u2019s", "gpt 4 s"),
                // + # @ are kept
                Arguments.of("Pass@k", "pass@k"),
                Arguments.of("Aesthetic-Eval@4096", "aesthetic eval@4096"),
                Arguments.of("C++", "c++"),
                Arguments.of("C#", "c#"),
                Arguments.of("(MCCL)", "mccl"),
                Arguments.of("!!!", ""),
                Arguments.of("", ""),
                // a plural s comes off a last word longer than three letters, not off -ss
                Arguments.of("LLMs", "llm"),
                Arguments.of("GPUs", "gpu"),
                Arguments.of("Transformers", "transformer"),
                Arguments.of("class", "class"),
                Arguments.of("bus", "bus"),
                Arguments.of("  spaced\tout\nwords  ", "spaced out word"),
                // a dot stays only between two word characters
                Arguments.of("Qwen2.5-1.5B-Instruct", "qwen2.5 1.5b instruct"),
                Arguments.of("e.g. GPT-4o", "e.g gpt 4o"),
                Arguments.of("U.S.", "u.s"),
                Arguments.of(".5 points", "5 point"),
                Arguments.of("v1.", "v1"),
                Arguments.of("...", ""),
                Arguments.of("\uD840\uDC00.\uD840\uDC00", "\uD840\uDC00.\uD840\uDC00"),
                // NFKC folds full-width forms, ligatures, superscripts and circled digits
                Arguments.of("\uFF27\uFF30\uFF34\uFF0D\uFF14", "gpt 4"),
                Arguments.of("\uFB01ne-tuning", "fine tuning"),
                Arguments.of("x\u00B2 + y\u00B2", "x2 + y2"),
                Arguments.of("\u2460 item", "1 item"),
                Arguments.of("\u00BD", "1 2"),
                // combining marks are not word characters to Python, unlike Java's Unicode \w
                Arguments.of("\u0130stanbul", "i stanbul"),
                Arguments.of("\u0915\u094D\u0937", "\u0915 \u0937"));
    }

    @ParameterizedTest(name = "norm({0}) = {1}")
    @MethodSource("pythonNorms")
    void normalisesLikeScorePy(String text, String expected) {
        assertEquals(expected, Scorer.norm(text));
    }
}
