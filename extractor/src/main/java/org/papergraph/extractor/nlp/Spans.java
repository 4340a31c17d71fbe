package org.papergraph.extractor.nlp;

import java.util.List;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Role;

/** What the rule families share about spans of tokens: their text, their shape, the candidates made of them. */
final class Spans {

    static final Pattern CAMEL = Pattern.compile(".*\\p{Ll}\\p{Lu}.*|.*\\p{Lu}{2,}\\p{Ll}.*");

    private Spans() {
    }

    /** The words of {@code [from, to)}, joined by one space where the text has any. */
    static String text(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && toks.get(i).begin() > toks.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }

    static Candidate candidate(Sentence s, int from, int to, String key, String display, ConceptType type,
                               ExtractionRule rule, boolean specific, double confidence) {
        return candidate(s.toks(), from, to, s, key, display, type, rule, specific, confidence);
    }

    /** A candidate over {@code toks}, which may be a piece of the sentence's words ("BERT" of "BERT-based"). */
    static Candidate candidate(List<Tok> toks, int from, int to, Sentence s, String key, String display,
                               ConceptType type, ExtractionRule rule, boolean specific, double confidence) {
        return new Candidate(s.field(), s.index(), from, to, toks.get(from).begin(), toks.get(to - 1).end(),
                text(toks, from, to), key, display, type, rule, specific, Role.MENTIONS, confidence);
    }

    /** Every word of more than three letters (and the first) capitalised or CamelCase: "Penn Treebank". */
    static boolean titleCased(List<Tok> toks, int from, int to) {
        int capital = 0;
        int words = 0;
        for (int i = from; i < to; i++) {
            String w = toks.get(i).text();
            if (w.length() > 3 || i == from) {
                words++;
                if (Character.isUpperCase(w.charAt(0)) || CAMEL.matcher(w).matches()) {
                    capital++;
                }
            }
        }
        return words > 0 && capital == words;
    }

    static int indexOf(List<Tok> toks, String text) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    static boolean sentenceHas(List<Tok> toks, String... lemmas) {
        for (Tok t : toks) {
            for (String l : lemmas) {
                if (t.lemma().equals(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} comes just before token {@code at}, or before an article there. */
    static boolean precededBy(List<Tok> toks, int at, String word) {
        return at > 0 && toks.get(at - 1).lower().equals(word)
                || at > 1 && toks.get(at - 2).lower().equals(word) && toks.get(at - 1).tag().equals("DT");
    }
}
