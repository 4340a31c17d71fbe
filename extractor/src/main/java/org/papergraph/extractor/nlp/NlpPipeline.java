package org.papergraph.extractor.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of a process: tokenize, ssplit, pos, lemma. Loading it takes seconds, so it
 * is built once, on first use, and shared by every extractor and test. NER and parsing are left out:
 * on these abstracts they cost 3x-8x the time and the project's lexicons and rules name the concepts.
 */
public final class NlpPipeline {

    private static volatile StanfordCoreNLP shared;

    private NlpPipeline() {
    }

    public static StanfordCoreNLP get() {
        StanfordCoreNLP p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    shared = p = new StanfordCoreNLP(properties());
                }
            }
        }
        return p;
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // Keep names whole (Qwen2.5-1.5B-Instruct, CUB-200-2011) and brackets as written, for acronym definitions.
        props.setProperty("tokenize.options",
                "splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
                        + "untokenizable=noneDelete,ptb3Escaping=false");
        props.setProperty("pos.maxlen", "200");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return props;
    }
}
