package org.papergraph.extractor.lookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The key a paper or concept is looked up by: what the RDF store keeps as {@code pg:key}, what Neo4j indexes, and
 * what a query's parameter is turned into before it is bound. Two names meet when their keys are equal, so every
 * writer and every query goes through here and nowhere else.
 *
 * <p>A key ignores case (Unicode NFKC, then lower case in {@link Locale#ROOT}); hyphens, dashes, underscores,
 * spaces and invisible characters ("low-rank adaptation" = "Low Rank Adaptation" = "lowrank adaptation"), except
 * between two numbers ("Llama 3 8B" is not "Llama 38B"); and the plural of the last word ("LLMs" = "LLM",
 * "policies" = "policy", "boxes" = "box"). Anything else counts, so "BART" and "BERT" stay apart. A key over
 * {@value #MAX_CHARS} characters is cut and given a hash of the whole, so that it fits any index while two long
 * titles sharing their beginning stay apart.
 */
public final class LookupKey {

    /** The most characters (code points) a key has: well within Neo4j's index key limit of about 8 KB. */
    public static final int MAX_CHARS = 256;
    private static final int HASH_CHARS = 16;
    /** What separates words: none of it counts towards the key. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Z}\\p{Cc}\\p{Cf}\\p{Pd}_]+");
    /** The end of a plural with "es" once its "s" is gone (boxe, matche, classe): the "e" goes too. */
    private static final Pattern SIBILANT_E = Pattern.compile("(s|x|z|ch|sh)e$");

    private LookupKey() {
    }

    /** The key of a name, id or title; empty for null or a text of separators only. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(lower)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        words.set(words.size() - 1, singular(words.get(words.size() - 1)));
        StringBuilder key = new StringBuilder(words.get(0));
        for (String w : words.subList(1, words.size())) {
            if (Character.isDigit(key.charAt(key.length() - 1)) && Character.isDigit(w.charAt(0))) {
                key.append(' ');
            }
            key.append(w);
        }
        return bounded(key.toString());
    }

    /** The distinct, non-empty keys of some names, sorted: what a paper or concept is stored with. */
    public static List<String> keys(Collection<String> names) {
        TreeSet<String> keys = new TreeSet<>();
        names.stream().filter(Objects::nonNull).map(LookupKey::of).filter(k -> !k.isEmpty()).forEach(keys::add);
        return List.copyOf(keys);
    }

    /**
     * A word with a regular English plural ending taken off, so that singular and plural give the same result
     * (databases and database both give "databa"): "ies" becomes "y"; otherwise a final "s" goes (not "ss", nor
     * from a word of two letters), then the "e" a sibilant leaves, then a final "s" that uncovers (biases, bias).
     * Irregular plurals (indices, analyses) are not known.
     */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        String w = withoutS(word);
        if (SIBILANT_E.matcher(w).find()) {
            w = withoutS(w.substring(0, w.length() - 1));
        }
        return w;
    }

    private static String withoutS(String word) {
        return word.length() > 2 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1) : word;
    }

    private static String bounded(String key) {
        if (key.codePointCount(0, key.length()) <= MAX_CHARS) {
            return key;
        }
        String head = key.substring(0, key.offsetByCodePoints(0, MAX_CHARS - HASH_CHARS - 1));
        return head + "#" + HexFormat.of().formatHex(sha256(key)).substring(0, HASH_CHARS);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
