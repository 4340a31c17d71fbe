package org.papergraph.extractor.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which spellings of one concept meet: case, hyphens, dashes and a final plural
 * removed, so "Large Language Models", "large-language model" and "large language models" agree.
 */
public final class Normalise {

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015_\\-/]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}\\s+#.@]");
    private static final Pattern LOOSE_DOT = Pattern.compile("(?<![\\p{L}\\p{N}])\\.|\\.(?![\\p{L}\\p{N}])");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\u2010-\\u2015_\\-/]+");

    private Normalise() {
    }

    public static String key(String s) {
        boolean plural = plural(lastWord(s));
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = DASHES.matcher(t).replaceAll(" ");
        t = OTHER.matcher(t).replaceAll(" ");
        t = LOOSE_DOT.matcher(t).replaceAll(" ");
        String[] words = SPACE.split(t.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        String last = words[words.length - 1];
        if (plural && last.length() > 3) {
            words[words.length - 1] = last.endsWith("ies") && last.length() > 4
                    ? last.substring(0, last.length() - 3) + "y" : last.substring(0, last.length() - 1);
        }
        return String.join(" ", words);
    }

    /** The last word as written: after the last space, dash or slash. */
    private static String lastWord(String s) {
        String[] parts = WORD_BREAKS.split(s.strip());
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }

    /**
     * Whether a name's last word reads as a plural to drop: "models", "Models", "LLMs", but not an acronym in
     * capitals (ARIES), nor a word that ends in -us, -is or -ss (Opus, analysis, loss).
     */
    private static boolean plural(String word) {
        // A capital S ends an acronym, not a plural.
        return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }
}
