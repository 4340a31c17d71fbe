package org.papergraph.extractor.resolve;

import java.util.regex.Pattern;

/** What the letters of a written name say about it: an acronym, or the name of a specific artefact. */
final class NameShapes {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Two capitals in a row or a capital after a small letter: BERT, ResNet, LoRA, CoMD (not Multi-Head). */
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Lu}\\p{Lu}|\\p{Ll}\\p{Lu}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** 2D, 3D: a dimension, not a version. */
    private static final Pattern DIMENSION = Pattern.compile("\\d[dD]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)*");

    private NameShapes() {
    }

    /** One word with two capitals or more: LLM, LoRA, Meta-RTL, GPT-4 (an acronym or written like one). */
    static boolean acronym(String form) {
        return !form.isBlank() && !WHITESPACE.matcher(form.strip()).find()
                && form.codePoints().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * Written like the name of one artefact rather than a general phrase: a word with inner capitals (ResNet),
     * letters with digits (GPT-4, Qwen2.5), or a version number after a capitalised word (Llama 2). Capitalised
     * words alone are not enough: titles capitalise "Speech Recognition" too.
     */
    static boolean specificName(String form) {
        String[] words = WHITESPACE.split(form.strip());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (INNER_CAPITAL.matcher(w).find()
                    || LETTER.matcher(w).find() && DIGIT.matcher(w).find() && !DIMENSION.matcher(w).matches()
                    || i > 0 && NUMBER.matcher(w).matches() && Character.isUpperCase(words[i - 1].charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
