package org.papergraph.extractor.results;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.nlp.Tok;

/** A sentence that holds a digit, as the result rules read it: its words, its field's text, its concepts. */
final class NumberSentence {

    final List<Tok> toks;
    final String field;
    /** The whole field, which the tokens' offsets point into. */
    final String text;
    final List<ConceptSpan> concepts;

    NumberSentence(List<Tok> toks, String field, String text, List<ConceptSpan> concepts) {
        this.toks = toks;
        this.field = field;
        this.text = text;
        this.concepts = concepts;
    }

    int size() {
        return toks.size();
    }

    Tok tok(int i) {
        return toks.get(i);
    }

    String lower(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).lower() : "";
    }

    String tag(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).tag() : "";
    }

    /** Whether token {@code i} follows token {@code i - 1} without a space. */
    boolean glued(int i) {
        return i > 0 && i < toks.size() && toks.get(i - 1).end() == toks.get(i).begin();
    }

    /** The words of tokens {@code [from, to)} as the text writes them, without the sentence's period. */
    TextSpan span(int from, int to) {
        int start = toks.get(from).begin();
        int end = toks.get(to - 1).end();
        if (to == toks.size() && to - from > 0 && end - start > 1 && text.charAt(end - 1) == '.') {
            end--; // the sentence's period, which the tokenizer keeps with a short word: "on STS-B."
        }
        return new TextSpan(field, start, end, text.substring(start, end));
    }

    /** The characters {@code [start, end)} of the field. */
    TextSpan chars(int start, int end) {
        return new TextSpan(field, start, end, text.substring(start, end));
    }

    /** The concept found over token {@code i}, or null. */
    ConceptSpan conceptAt(int i) {
        for (ConceptSpan c : concepts) {
            if (c.tokFrom() <= i && i < c.tokTo()) {
                return c;
            }
        }
        return null;
    }

    boolean conceptOf(int i, ConceptType... types) {
        ConceptSpan c = conceptAt(i);
        if (c == null) {
            return false;
        }
        for (ConceptType t : types) {
            if (c.type() == t) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from token {@code at} are {@code words}, in lower case. */
    boolean wordsAt(int at, List<String> words) {
        if (at < 0 || at + words.size() > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!toks.get(at + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A word shaped like a name: capitals or digits after its first letter (GSM8K, CoSal2015, EPDMS, MATH). */
    boolean nameShaped(int i) {
        String w = toks.get(i).text();
        if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is written as a number ("85.3", "+2.7"), not a name that ends in one ("GPT-4"). */
    boolean isNumber(int i) {
        String w = i >= 0 && i < toks.size() ? toks.get(i).text() : "";
        int at = !w.isEmpty() && "+-~\u2212".indexOf(w.charAt(0)) >= 0 ? 1 : 0;
        return at < w.length() && Character.isDigit(w.charAt(at));
    }

    /**
     * A verb that makes a clause ("achieves", "reaching", "can"), not a participle used as an adjective ("trained",
     * "the best existing ConvNet").
     */
    boolean isVerb(int i) {
        String t = tag(i);
        boolean adjective = t.equals("VBG") && tag(i + 1).startsWith("NN") && i > 0
                && (tag(i - 1).equals("DT") || tag(i - 1).startsWith("JJ") || tag(i - 1).equals("PRP$"));
        return (t.startsWith("VB") && !t.equals("VBN") || t.equals("MD")) && !tok(i).text().contains("-") && !adjective;
    }

    boolean capitalised(int i) {
        String w = toks.get(i).text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
