package org.papergraph.extractor.nlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What every candidate must pass, whichever rule found it: a well-formed name (no markup, link or glued sentence
 * boundary, balanced brackets, not a piece of a longer word) that names a concept rather than an organisation,
 * venue, disease, signal or modality ({@code rules/not-concepts.tsv}).
 */
final class NameGate {

    /**
     * Markup, links, code and possessives; and a sentence boundary with its space lost ("results.The",
     * "tasks.cIn"), while "Node.js" and "Qwen2.5" stay names.
     */
    static final Pattern JUNK = Pattern.compile(".*(https?:|www\\.|\\\\|\\$|=|&|\\{|\\}|\\^|<|>|\\||'s\\b|’s\\b).*"
            + "|.*\\.(com|org|io|net)\\b.*|.*\\p{Ll}{2}\\.\\p{Ll}*\\p{Lu}.*");

    private final Cues cues;

    NameGate(Cues cues) {
        this.cues = cues;
    }

    boolean admits(Candidate c, List<Tok> sentence) {
        return !JUNK.matcher(c.text()).matches() && balanced(c.text()) && !pieceOfWord(c, sentence)
                && admitsKey(c.key());
    }

    /** Whether a concept of this key may exist: not a name the rule files list as no concept. */
    boolean admitsKey(String key) {
        return !cues.notConcepts.contains(key);
    }

    private static boolean balanced(String text) {
        int round = 0;
        int square = 0;
        for (int i = 0; i < text.length() && round >= 0 && square >= 0; i++) {
            switch (text.charAt(i)) {
                case '(' -> round++;
                case ')' -> round--;
                case '[' -> square++;
                case ']' -> square--;
                default -> { }
            }
        }
        return round == 0 && square == 0;
    }

    /** "Objects" of "Tracking_Objects": a word glued to the span on either side makes it a piece of that word. */
    private static boolean pieceOfWord(Candidate c, List<Tok> sentence) {
        for (Tok t : sentence) {
            if (t.end() == c.start() && wordChar(t.text().charAt(t.text().length() - 1))
                    && wordChar(c.text().charAt(0))
                    || t.begin() == c.end() && wordChar(t.text().charAt(0))
                    && wordChar(c.text().charAt(c.text().length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }
}
