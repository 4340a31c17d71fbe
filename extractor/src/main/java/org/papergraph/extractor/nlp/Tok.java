package org.papergraph.extractor.nlp;

/**
 * A word as papergraph sees it: CoreNLP tokens glued back together where the text has no space
 * between them across a hyphen ({@code Qwen2.5-1.5B-Instruct}, {@code CUB-200-2011}), so names stay whole.
 *
 * @param lemma lower-cased lemma of the last piece, joined to the rest (plural names lemmatise too)
 * @param tag   POS tag of the last piece, which decides the word's role in a noun phrase
 */
public record Tok(String text, String lower, String lemma, String tag, int begin, int end) {

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isAdjective() {
        return tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBG");
    }

    public boolean isPunct() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0)) && text.length() == 1;
    }
}
