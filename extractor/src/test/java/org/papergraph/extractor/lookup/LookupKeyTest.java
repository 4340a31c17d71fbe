package org.papergraph.extractor.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LookupKeyTest {

    /** Names a user may type for the same thing: each row's names have one key. */
    static Stream<List<String>> sameThing() {
        return Stream.of(
                List.of("Low-Rank Adaptation", "low rank adaptation", "low-rank adaptation", "LOW RANK ADAPTATIONS",
                        "low-rank-adaptation", "lowrank adaptation", "low_rank\u00A0adaptation",
                        "low\u2013rank adaptation"),
                List.of("large language model", "Large Language Models", "large-language-model",
                        "large  language models"),
                List.of("LLM", "LLMs", "llms", "LLM\u00AD"),
                List.of("GRPO", "grpo", "GRPOs"),
                List.of("policy", "policies"),
                List.of("database", "databases"),
                List.of("bounding box", "bounding boxes"),
                List.of("class", "classes"),
                List.of("bias", "biases"),
                List.of("loss", "losses"),
                List.of("GPU", "GPUs"),
                List.of("API", "APIs"),
                List.of("VAE", "VAEs"),
                List.of("LoRA", "LoRAs"),
                List.of("Llama 2", "Llama-2", "llama2"),
                List.of("Llama 3 8B", "llama-3-8b", "Llama3 8B"),
                List.of("ｆｕｌｌ ｗｉｄｔｈ", "full width"),
                List.of("title:93BC2E0207A2B531", "title:93bc2e0207a2b531"));
    }

    @ParameterizedTest
    @MethodSource("sameThing")
    void namesOfTheSameThingHaveOneKey(List<String> names) {
        String key = LookupKey.of(names.get(0));
        assertTrue(!key.isEmpty(), names.toString());
        names.forEach(n -> assertEquals(key, LookupKey.of(n), n));
    }

    /** Near misses: each pair must keep two keys. */
    static Stream<List<String>> differentThings() {
        return Stream.of(
                List.of("BART", "BERT"),
                List.of("ALBERT", "BERT"),
                List.of("language model", "language modeling"),
                List.of("GPT-4", "GPT-4o"),
                List.of("Qwen2.5", "Qwen2"),
                List.of("Llama 3 8B", "Llama 38B"),
                List.of("Qwen2.5 7B", "Qwen2.57B"),
                List.of("C++", "C"),
                List.of("Mixtral", "Mistral"),
                List.of("models of language", "model of languages"));
    }

    @ParameterizedTest
    @MethodSource("differentThings")
    void nearMissesStayApart(List<String> pair) {
        assertNotEquals(LookupKey.of(pair.get(0)), LookupKey.of(pair.get(1)), pair.toString());
    }

    @Test
    void onlyTheLastWordLosesItsPlural() {
        assertEquals("modelsoflanguage", LookupKey.of("models of languages"));
    }

    @Test
    void nothingToLookUpHasAnEmptyKey() {
        assertEquals("", LookupKey.of(null));
        assertEquals("", LookupKey.of(" - _ \u00AD "));
        assertEquals(List.of("bert", "bidirectionalencoderrepresentationsfromtransformer"),
                LookupKey.keys(List.of("BERT", "bert", "", "Bidirectional Encoder Representations from Transformers")));
    }

    @Test
    void aLongKeyIsBoundedAndStillTellsLongTitlesApart() {
        String prefix = "A very long title ".repeat(30);
        String one = LookupKey.of(prefix + "on Distilling Reasoning");
        String other = LookupKey.of(prefix + "on Something Else");
        assertEquals(LookupKey.MAX_CHARS, one.codePointCount(0, one.length()));
        assertNotEquals(one, other);
        assertEquals(one, LookupKey.of((prefix + "on distilling-reasoning").toUpperCase(Locale.ROOT)));
        String astral = LookupKey.of("\uD840\uDC00".repeat(300));
        assertEquals(LookupKey.MAX_CHARS, astral.codePointCount(0, astral.length()), "cut between code points");
    }

    /** Singulars ending in "s" or "ie" are left to the table: "bias", "class", but not "movie" (movies, movy). */
    @Property(tries = 500)
    void aWordAndItsRegularPluralHaveOneKey(@ForAll @AlphaChars @StringLength(min = 3, max = 12) String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Assume.that(!w.endsWith("s") && !w.endsWith("ie"));
        String plural = w.matches(".*[^aeiou]y") ? w.substring(0, w.length() - 1) + "ies"
                : w.matches(".*(x|z|ch|sh)") ? w + "es" : w + "s";
        assertEquals(LookupKey.of("a " + w), LookupKey.of("A-" + plural.toUpperCase(Locale.ROOT)), w + " / " + plural);
    }
}
