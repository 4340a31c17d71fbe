package org.papergraph.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Keys, and so ids, come from the name as written: only a real plural on the last word is dropped. */
class NormaliseTest {

    @Test
    void spellingsOfOneNameMeet() {
        assertEquals("large language model", Normalise.key("Large Language Models"));
        assertEquals("large language model", Normalise.key("large-language model"));
        assertEquals("llm", Normalise.key("LLMs"));
        assertEquals("graph neural network", Normalise.key("graph neural networks"));
        assertEquals("ablation study", Normalise.key("ablation studies"));
    }

    @Test
    void anAcronymInCapitalsKeepsItsFinalS() {
        assertEquals("aries", Normalise.key("ARIES"));
        assertEquals("principles", Normalise.key("PRINCIPLES"));
        assertEquals("epdms", Normalise.key("EPDMS"));
    }

    @Test
    void wordsEndingInUsIsOrSsAreNoPlurals() {
        assertEquals("claude 4.1 opus", Normalise.key("Claude-4.1-Opus"));
        assertEquals("principal component analysis", Normalise.key("principal component analysis"));
        assertEquals("focal loss", Normalise.key("focal loss"));
        assertEquals("text corpus", Normalise.key("text corpus"));
    }
}
