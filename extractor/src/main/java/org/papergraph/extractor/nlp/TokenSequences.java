package org.papergraph.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a CoreNLP annotation into sentences of {@link Tok}s, with the lemmas CoreNLP's lemma annotator would give. */
final class TokenSequences {

    private static final Lemmas LEMMAS = new Lemmas();

    private TokenSequences() {
    }

    static List<List<Tok>> sentences(Annotation doc, String text) {
        List<List<Tok>> out = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.add(merge(sentence.get(CoreAnnotations.TokensAnnotation.class), text));
        }
        return out;
    }

    private static List<Tok> merge(List<CoreLabel> tokens, String text) {
        List<Tok> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && glued(tokens.get(j), tokens.get(j + 1))) {
                j++;
            }
            CoreLabel first = tokens.get(i);
            CoreLabel last = tokens.get(j);
            int begin = first.beginPosition();
            int end = last.endPosition();
            String surface = text.substring(begin, end);
            String lemma = j == i ? lemmaOf(last)
                    : text.substring(begin, last.beginPosition()).toLowerCase(Locale.ROOT) + lemmaOf(last);
            out.add(new Tok(surface, surface.toLowerCase(Locale.ROOT), lemma, last.tag(), begin, end));
            i = j + 1;
        }
        return out;
    }

    private static String lemmaOf(CoreLabel t) {
        return LEMMAS.of(t.word(), t.tag()).toLowerCase(Locale.ROOT);
    }

    /** Pieces of one written word split by the tokenizer at a hyphen or a digit boundary. */
    private static boolean glued(CoreLabel a, CoreLabel b) {
        if (a.endPosition() != b.beginPosition()) {
            return false;
        }
        String aw = a.word();
        String bw = b.word();
        if (aw.equals("-") || bw.equals("-") || aw.endsWith("-") || bw.startsWith("-")) {
            return !aw.equals("--") && !bw.equals("--") && letterOrDigitEnd(aw, bw);
        }
        return false;
    }

    private static boolean letterOrDigitEnd(String a, String b) {
        char ca = a.charAt(a.length() - 1);
        char cb = b.charAt(0);
        return (Character.isLetterOrDigit(ca) || ca == '-') && (Character.isLetterOrDigit(cb) || cb == '-');
    }
}
