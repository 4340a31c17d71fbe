package org.papergraph.extractor.nlp;

import java.util.Locale;

/** "transformer-based", "LLM-driven": a hyphenated description built on a concept, which names that concept. */
final class DescriptiveSuffix {

    private DescriptiveSuffix() {
    }

    /** The word before the descriptive suffix of {@code t}, as a token of its own, or null. */
    static Tok prefix(Tok t, Cues cues) {
        int dash = t.text().lastIndexOf('-');
        if (dash <= 0 || !cues.descriptiveSuffixes.contains(t.lower().substring(dash + 1))) {
            return null;
        }
        String word = t.text().substring(0, dash);
        String lower = word.toLowerCase(Locale.ROOT);
        return new Tok(word, lower, lower, "NN", t.begin(), t.begin() + dash);
    }
}
