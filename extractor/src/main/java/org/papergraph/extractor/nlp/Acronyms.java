package org.papergraph.extractor.nlp;

import java.util.List;
import java.util.Locale;

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

    /** True for tokens shaped like an acronym: LLM, LLMs, CoSOD, RoPE, ViT, GPT4 (not Real-World). */
    static boolean acronymShaped(String w) {
        if (w.length() < 2 || w.length() > 12 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return upper >= 2;
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
     * The first token of the long form that ends just before token {@code end}, or -1. The acronym's
     * letters, last to first, must appear in order in the words, its first letter starting a word.
     */
    private static int longFormStart(List<Tok> toks, int end, String acronym) {
        String letters = acronym.replaceAll("s$", "").replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
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
        StringBuilder sb = new StringBuilder();
        int[] tokAt = new int[512];
        for (int i = from; i < end; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            for (char c : toks.get(i).text().toLowerCase(Locale.ROOT).toCharArray()) {
                if (sb.length() < tokAt.length) {
                    tokAt[sb.length()] = i;
                }
                sb.append(c);
            }
        }
        String text = sb.toString();
        if (text.length() >= tokAt.length) {
            return -1;
        }
        int ti = text.length() - 1;
        for (int ai = letters.length() - 1; ai >= 0; ai--) {
            char c = letters.charAt(ai);
            boolean first = ai == 0;
            while (ti >= 0 && (text.charAt(ti) != c || first && ti > 0 && Character.isLetterOrDigit(text.charAt(ti - 1)))) {
                ti--;
            }
            if (ti < 0) {
                return -1;
            }
            ti--;
        }
        int startTok = tokAt[ti + 1];
        // The long form must start a word, and be more than the acronym spelt out once.
        return end - startTok >= 1 && text.length() > letters.length() ? startTok : -1;
    }
}
