package org.papergraph.extractor.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.papergraph.extractor.model.ExtractionRule;

/**
 * Acronym definitions in both directions, "Long Form (LF)" and "LF (Long Form)", found by matching the
 * acronym's letters to the starts of the words before it (after Schwartz and Hearst's algorithm).
 */
final class Acronyms {

    /** A definition: short form token {@code shortTok}, long form tokens {@code [longFrom, longTo)}. */
    record Definition(int shortTok, int longFrom, int longTo) {
    }

    private Acronyms() {
    }

    /** True for tokens shaped like an acronym: LLM, LLMs, CoSOD, RoPE, ViT, GPT4, Co-STORM (not Real-World). */
    static boolean acronymShaped(String w) {
        if (w.length() < 2 || w.length() > 12 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLetterOrDigit(c) && !(c == '-' && i > 0 && i < w.length() - 1)) {
                return false;
            }
        }
        // A hyphenated word is an acronym when a part of it is: Co-STORM, not Real-World.
        return upper >= 2 && (w.indexOf('-') < 0 || Arrays.stream(w.split("-")).anyMatch(Acronyms::acronymShaped));
    }

    /**
     * Whether a known acronym ("AR", "ARs", "PLM", read by the lexicon as average recall or pretrained language model)
     * abbreviates another phrase of the paper: words whose initials spell it ("aspect ratios", "Peripheral Language
     * Model") stand in the paper, and the lexicon's long form does not. The paper's use is then no known concept; a
     * name of its own under the same letters would share them with the known one, so it is left out too. A name-shaped
     * acronym in the plural that plain lower-case words spell out ("ARs" beside "aspect ratios") counts those things.
     */
    static boolean spelledOutOtherwise(Candidate c, List<Sentence> paper, List<Candidate> found) {
        boolean lexicon = c.rule() == ExtractionRule.LEXICON;
        String written = c.text();
        if (!lexicon && c.rule() != ExtractionRule.NAME_SHAPE || lexicon && written.equals(c.display())
                || written.contains(" ") || !acronymShaped(written)
                || !written.equals(written.toUpperCase(Locale.ROOT).replaceAll("S$", "s"))) {
            return false;
        }
        String letters = c.text().replaceAll("s$", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2 || letters.length() > 4 || !letters.chars().allMatch(Character::isLetter)
                || found.stream().anyMatch(o -> o.key().equals(c.key()) && !acronymShaped(o.text()))) {
            return false;
        }
        int n = letters.length();
        for (Sentence s : paper) {
            List<Tok> toks = s.toks();
            for (int i = 0; i + n <= toks.size(); i++) {
                boolean spelled = toks.get(i + n - 1).isNoun();
                for (int k = 0; k < n && spelled; k++) {
                    Tok t = toks.get(i + k);
                    spelled = (t.isNoun() || t.isAdjective()) && t.lower().charAt(0) == letters.charAt(k)
                            && t.text().chars().allMatch(Character::isLetter) && !acronymShaped(t.text());
                }
                // A name-shaped acronym in the plural counts things plain words spell out ("tall ARs", "aspect
                // ratios"); in the singular it may be a name the paper gives a described thing ("online role change").
                boolean plainWords = toks.subList(i, i + n).stream().allMatch(t -> t.text().equals(t.lower()));
                if (spelled && !Normalise.key(Spans.text(toks, i, i + n)).equals(c.key())
                        && (lexicon || written.endsWith("s") && plainWords)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the acronym alone in the parentheses opening at {@code open} abbreviates the one lower-case hyphenated
     * word before them, its letters in order ("in-distribution (IND)", where the strict match wants a capital's word
     * each).
     */
    static boolean describedBefore(List<Tok> toks, int open) {
        if (open < 1 || open + 2 >= toks.size() || !toks.get(open + 2).text().equals(")")
                || !acronymShaped(toks.get(open + 1).text())) {
            return false;
        }
        String word = toks.get(open - 1).text();
        if (!word.contains("-") || !word.equals(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String letters = toks.get(open + 1).text().replaceAll("s$", "").toLowerCase(Locale.ROOT);
        String plain = word.replace("-", "");
        int at = 0;
        for (int k = 0; k < letters.length() && at >= 0; k++) {
            at = k == 0 ? (plain.charAt(0) == letters.charAt(0) ? 1 : -1) : plain.indexOf(letters.charAt(k), at) + 1;
            at = at == 0 ? -1 : at;
        }
        return at > 0;
    }

    /** The definition whose parentheses open at token {@code open}, if the words around them define one. */
    static Definition at(List<Tok> toks, int open) {
        int close = open + 1;
        while (close < toks.size() && close <= open + 8 && !toks.get(close).text().equals(")")) {
            close++;
        }
        if (close >= toks.size() || !toks.get(close).text().equals(")") || close == open + 1) {
            return null;
        }
        if (close == open + 2 && acronymShaped(toks.get(open + 1).text())) {
            String acronym = toks.get(open + 1).text();
            int from = longFormStart(toks, open, acronym);
            return from < 0 ? null : new Definition(open + 1, from, open);
        }
        // "LF (Long Form)": the acronym before the parentheses, its long form inside.
        if (open > 0 && acronymShaped(toks.get(open - 1).text()) && close - open - 1 >= 2) {
            String acronym = toks.get(open - 1).text();
            int from = longFormStart(toks.subList(open + 1, close), close - open - 1, acronym);
            return from == 0 ? new Definition(open - 1, open + 1, close) : null;
        }
        return null;
    }

    /**
     * The first token of the long form that ends just before token {@code end}, or -1: the nearest start from which
     * the acronym's letters appear in order in the words, its first letter starting the first word and each of its
     * capitals starting a word or a capitalised part of one ("Tree of Thought (ToT)", not "Thought";
     * "Low-Rank Adaptation (LoRA)"). Its lower-case letters and digits may fall anywhere.
     */
    private static int longFormStart(List<Tok> toks, int end, String acronym) {
        String letters = acronym.replaceAll("s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.length() < 2) {
            return -1;
        }
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        int from = Math.max(0, end - maxWords);
        for (int i = end - 1; i >= from; i--) {
            Tok t = toks.get(i);
            if (t.isPunct() && !t.text().equals("-") || t.tag().equals("DT") || t.tag().startsWith("VB") && !t.isAdjective()) {
                from = i + 1;
                break;
            }
        }
        for (int start = end - 1; start >= from; start--) {
            String text = Spans.text(toks, start, end);
            // The long form must be more than the acronym spelt out once.
            if (text.length() > letters.length() && spells(letters, text)) {
                return start;
            }
        }
        return -1;
    }

    /** Whether {@code text} spells {@code letters} as {@link #longFormStart} asks, from its first character. */
    private static boolean spells(String letters, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] wordStart = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char prev = i == 0 ? ' ' : text.charAt(i - 1);
            wordStart[i] = Character.isLetterOrDigit(text.charAt(i))
                    && (!Character.isLetterOrDigit(prev) || Character.isUpperCase(text.charAt(i)));
        }
        if (lower.charAt(0) != Character.toLowerCase(letters.charAt(0))) {
            return false;
        }
        // failed[a][t]: letters from a cannot be placed from position t on; remembered so no placement is tried twice.
        boolean[][] failed = new boolean[letters.length()][text.length() + 1];
        return place(letters, 1, lower, wordStart, 1, failed);
    }

    private static boolean place(String letters, int a, String lower, boolean[] wordStart, int t, boolean[][] failed) {
        if (a == letters.length()) {
            return true;
        }
        if (failed[a][t]) {
            return false;
        }
        char c = letters.charAt(a);
        boolean capital = Character.isUpperCase(c);
        char want = Character.toLowerCase(c);
        for (int i = t; i < lower.length(); i++) {
            if (lower.charAt(i) == want && (!capital || wordStart[i])
                    && place(letters, a + 1, lower, wordStart, i + 1, failed)) {
                return true;
            }
        }
        failed[a][t] = true;
        return false;
    }
}
