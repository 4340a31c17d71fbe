package org.papergraph.extractor.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * What every candidate must pass, whichever rule found it: a well-formed name (no markup, link or glued sentence
 * boundary, balanced brackets, not a piece of a longer word) that names a concept rather than an organisation,
 * venue, disease, signal or modality ({@code rules/not-concepts.tsv}) or a class of applications
 * ({@code rules/application-heads.txt}); a general measure only where the text measures; and a descriptive phrase
 * the {@link PhraseGate} admits.
 */
final class NameGate {

    /**
     * Markup, links, code and possessives; and a sentence boundary with its space lost ("results.The",
     * "tasks.cIn"), while "Node.js" and "Qwen2.5" stay names.
     */
    static final Pattern JUNK = Pattern.compile(".*(https?:|www\\.|\\\\|\\$|=|&|\\{|\\}|\\^|<|>|\\||'s\\b|’s\\b).*"
            + "|.*\\.(com|org|io|net)\\b.*|.*\\p{Ll}{2}\\.\\p{Ll}*\\p{Lu}.*");

    /** How many words on either side of a general measure may say that it measures. */
    private static final int MEASURING_REACH = 6;

    private final Cues cues;
    private final PhraseGate phrases;

    NameGate(Cues cues) {
        this.cues = cues;
        this.phrases = new PhraseGate(cues);
    }

    boolean admits(Candidate c, List<Tok> sentence) {
        return !JUNK.matcher(c.text()).matches() && balanced(c.text()) && !pieceOfWord(c, sentence)
                && admitsKey(c.key()) && phrases.admits(c, sentence) && !applicationClass(c)
                && !(c.type() == ConceptType.METRIC && !c.specific() && !measuring(c, sentence));
    }

    /**
     * A general measure ("recall", "parameter count") is a metric where the text measures: a number or a measuring
     * word ({@code rules/measuring-words.txt}) stands near it; "hyperparameter sensitivity" in a list of analyses and
     * "utilizes KL divergence to ensure" measure nothing.
     */
    private boolean measuring(Candidate c, List<Tok> sentence) {
        int from = Math.max(0, c.tokFrom() - MEASURING_REACH);
        int to = Math.min(sentence.size(), c.tokTo() + MEASURING_REACH);
        return sentence.subList(from, to).stream().anyMatch(t -> t.tag().equals("CD") || t.text().equals("%")
                || cues.measuringWords.contains(t.lemma()) || cues.measuringWords.contains(t.lower()));
    }

    /**
     * "dialogue system", "Intelligent Tutoring Systems (ITSs)": a class of applications is what techniques are built
     * into. A named one stays: a name-shaped word, a title's name, a specific name in the singular.
     */
    private boolean applicationClass(Candidate c) {
        String[] words = c.display().split(" ");
        String last = words[words.length - 1];
        boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss");
        String head = (plural ? last.substring(0, last.length() - 1) : last).toLowerCase(Locale.ROOT);
        return cues.applicationHeads.contains(Cues.lastPart(head)) && c.rule() != ExtractionRule.NAME_SHAPE
                && c.rule() != ExtractionRule.TITLE_NAME && (plural || !c.specific());
    }

    /** Whether a bare name read by another paper's definition may stand for what that definition names. */
    boolean admitsResolved(Candidate c) {
        return admitsKey(c.key()) && !applicationClass(c);
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
