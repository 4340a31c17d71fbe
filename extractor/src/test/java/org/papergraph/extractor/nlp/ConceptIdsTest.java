package org.papergraph.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConceptIdsTest {

    @Test
    void slugsKeepLettersDigitsAndNameSymbols() {
        assertEquals("qwen2.5-1.5b-instruct", ConceptIds.of("qwen2.5 1.5b instruct"));
        assertEquals("c++", ConceptIds.of("c++"));
    }

    @Test
    void lettersBeyondTheBasicPlaneAreLettersNotSeparators() {
        // U+20000 and U+20001 are CJK ideographs: two distinct names, two distinct ids.
        assertEquals("\uD840\uDC00-net", ConceptIds.of("\uD840\uDC00 net"));
        assertEquals("\uD840\uDC01-net", ConceptIds.of("\uD840\uDC01 net"));
    }

    @Test
    void aKeyWithNothingToShowHasAnEmptyId() {
        assertEquals("", ConceptIds.of("\u2603 \uD83D\uDE00"));
    }
}
