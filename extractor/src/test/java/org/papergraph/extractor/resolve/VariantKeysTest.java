package org.papergraph.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VariantKeysTest {

    private static final VariantKeys KEYS = VariantKeys.load();

    @Test
    void spellingPluralsHyphensAndJoiningWordsGo() {
        assertEquals("reinforcementlearninghumanfeedback", KEYS.key("Reinforcement Learning through Human Feedback"));
        assertEquals("proximalpolicyoptimization", KEYS.key("proximal policy optimisations"));
        assertEquals("multilayerperceptron", KEYS.key("Multi-Layer Perceptron"));
        assertEquals("llm", KEYS.key("LLMs"));
    }

    @Test
    void numbersStayApartAndWordsThatChangeTheMeaningStay() {
        assertEquals("llama3 8b", KEYS.key("Llama 3 8B"));
        assertEquals("llama2", KEYS.key("Llama-2"));
        assertEquals("texttoimagegeneration", KEYS.key("text-to-image generation"));
        assertEquals("learningwithoutlabel", KEYS.key("learning without labels"));
        // A word of fewer than three letters before -ise is no British -ize: "noise" stays.
        assertEquals("noise", KEYS.key("noise"));
    }

    @Test
    void aTrailingGenericHeadIsReportedWithWhatIsLeft() {
        VariantKeys.Head head = KEYS.variant("Chain-of-Draft Prompting").head();
        assertEquals(VariantKeys.HeadDrop.NAMED, head.drop());
        assertEquals("chaindraft", head.restKey());
        // Capitals after hyphens are no name's (Multi-Head, Vision-Language): the corpus must know it as specific.
        assertFalse(head.restNamed());
        assertTrue(KEYS.variant("ResNet-50 models").head().restNamed());
        assertFalse(KEYS.variant("Speech Recognition Model").head().restNamed());
        assertEquals(VariantKeys.HeadDrop.KNOWN, KEYS.variant("in-context learning abilities").head().drop());
        assertNull(KEYS.variant("model").head(), "a head alone is all the name there is");
    }
}
