package org.papergraph.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lemma CoreNLP's lemma annotator gives a word with a POS tag, worked out once per word and tag instead of once
 * per token: abstracts repeat their words, and the annotator's lexer, run on every token, took about 5% of extraction.
 * A word it treats apart (a phrasal verb written with an underscore, "take_off"; no tag) goes to the annotator itself.
 */
final class Lemmas {

    /** Enough for the words that recur; a bound so that a corpus of any size keeps the memory fixed. */
    private static final int MAX_WORDS_PER_TAG = 20_000;
    private static final MorphaAnnotator ANNOTATOR = new MorphaAnnotator(false);

    private final Map<String, Map<String, String>> byTag = new ConcurrentHashMap<>();
    /** Morphology's lexer keeps state while it reads a word: one per thread. */
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

    String of(String word, String tag) {
        if (tag.isEmpty() || word.indexOf('_') >= 0) {
            return byAnnotator(word, tag);
        }
        Map<String, String> words = byTag.computeIfAbsent(tag, t -> new ConcurrentHashMap<>());
        String lemma = words.get(word);
        if (lemma == null) {
            lemma = morphology.get().lemma(word, tag);
            if (words.size() < MAX_WORDS_PER_TAG) {
                words.put(word, lemma);
            }
        }
        return lemma;
    }

    private static String byAnnotator(String word, String tag) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setTag(tag);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, List.of(token));
        Annotation one = new Annotation(word);
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        ANNOTATOR.annotate(one);
        return token.lemma();
    }
}
