package org.papergraph.queries.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    /** XML 1.0's NMTOKEN: one or more name characters; these are the ASCII ones. */
    private static final String NMTOKEN = "[A-Za-z0-9._:-]+";

    @Test
    void nameTokensKeepPlainIdsAndEscapeTheRest() {
        assertEquals("concept:multi-modal-co-learning", XmlText.nmtoken("concept:multi-modal-co-learning"));
        assertEquals("paper:2509.01234v2", XmlText.nmtoken("paper:2509.01234v2"));
        assertEquals("concept:pass_40_n-accuracy", XmlText.nmtoken("concept:pass@n-accuracy"));
        for (String id : new String[] {"a b", "C++", "a_b", "x/y", "Émile", "😀", "a&b<c>"}) {
            assertTrue(XmlText.nmtoken(id).matches(NMTOKEN), id + " -> " + XmlText.nmtoken(id));
        }
    }

    @Test
    void differentIdsStayDifferent() {
        assertNotEquals(XmlText.nmtoken("a@"), XmlText.nmtoken("a_40_"));
        assertNotEquals(XmlText.nmtoken("a b"), XmlText.nmtoken("a_20_b"));
    }

    @Test
    void charactersXmlCannotHoldBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\tc", XmlText.of("a\u0001b\tc"));
        assertEquals("plain", XmlText.of("plain"));
        assertEquals("\uFFFD", XmlText.of("\uD800"));
    }
}
