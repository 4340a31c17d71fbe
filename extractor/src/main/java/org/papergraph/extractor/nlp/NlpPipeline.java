package org.papergraph.extractor.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Arrays;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of a process: tokenize, ssplit, pos (lemmas come from {@link Lemmas}, once per word
 * rather than per token). Loading it takes seconds, so it is built once, on first use, and shared by every extractor
 * and test. NER and parsing are left out: on these abstracts they cost 3x-8x the time and the project's lexicons and
 * rules name the concepts.
 */
public final class NlpPipeline {

    /** No prose has a longer run without a space, and no name (at most {@value ConceptIds#MAX_NAME_CHARS} chars) needs one. */
    private static final int MAX_RUN_CHARS = 500;

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

    /**
     * {@code text} annotated, with character offsets into {@code text}. CoreNLP's tokenizer takes time
     * quadratic in the length of a run without spaces that holds symbols, emoji or characters it cannot
     * tokenize (20,000 of them cost it minutes). So it reads as spaces, one for one so that offsets hold,
     * characters that are never part of a name (controls, format, private use, unassigned, lone surrogates,
     * line separators; exotic spaces are spaces) and runs longer than {@link #MAX_RUN_CHARS}.
     */
    static Annotation annotate(String text) {
        char[] readable = text.toCharArray();
        for (int i = 0; i < readable.length; i++) {
            if (neverInAName(text, i)) {
                readable[i] = ' ';
            }
        }
        int runStart = 0;
        for (int i = 0; i <= readable.length; i++) {
            if (i == readable.length || Character.isWhitespace(readable[i])) {
                if (i - runStart > MAX_RUN_CHARS) {
                    Arrays.fill(readable, runStart, i, ' ');
                }
                runStart = i + 1;
            }
        }
        Annotation a = new Annotation(new String(readable));
        get().annotate(a);
        return a;
    }

    private static boolean neverInAName(String text, int i) {
        char c = text.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r' || c == '\u00ad') {
            return false; // real breaks between words and sentences; a soft hyphen sits inside a word
        }
        int cp = text.codePointAt(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))
                ? i - 1 : i);
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> true;
            default -> false;
        };
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        // Keep names whole (Qwen2.5-1.5B-Instruct, CUB-200-2011) and brackets as written, for acronym definitions.
        props.setProperty("tokenize.options",
                "splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
                        + "untokenizable=noneDelete,ptb3Escaping=false");
        props.setProperty("pos.maxlen", "200");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return props;
    }
}
