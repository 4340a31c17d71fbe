package org.papergraph.extractor.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.papergraph.extractor.nlp.Normalise;

/**
 * A stronger normalisation than the concept key, under which the variants of one name meet across papers: on
 * top of {@link Normalise#key}, spelling variants (rules/spelling-variants.tsv), plurals of every word, joining
 * words inside a long form (rules/connecting-words.txt), hyphens and spaces ("multi-layer", "multilayer"). A
 * trailing generic head (rules/variant-heads.tsv) is reported apart: whether it may go depends on the corpus.
 */
final class VariantKeys {

    /** How a head may be dropped: see rules/variant-heads.tsv. */
    enum HeadDrop { NAMED, KNOWN, ANY }

    /**
     * A trailing head word and what is left without it.
     *
     * @param restKey   the variant key of the name without its head
     * @param restNamed the rest is written like a specific name (see {@link NameShapes#specificName})
     */
    record Head(HeadDrop drop, String restKey, boolean restNamed) {
    }

    /**
     * A written form's variant key, and its trailing head if it has one (else null).
     *
     * @param words the words the key is made of: singular, in their standard spelling, no joining words inside
     */
    record Variant(String key, List<String> words, Head head) {
    }

    private static final String RULES = "/org/papergraph/extractor/rules/";
    private static final int MIN_STEM = 3;
    /** LLMs, GANs, LoRAs: the plural of a word written in capitals, before case is lost. */
    private static final Pattern ACRONYM_PLURAL =
            Pattern.compile("\\b([\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*\\p{Lu})s\\b");
    private static final Pattern LAST_WORD = Pattern.compile("[\\s\\p{Pd}_/]*[^\\s\\p{Pd}_/]+\\s*$");

    private final Map<String, String> words = new HashMap<>();
    /** Suffix rules in file order. */
    private final Map<String, String> suffixes = new LinkedHashMap<>();
    private final Set<String> connecting = new HashSet<>();
    private final Map<String, HeadDrop> heads = new HashMap<>();

    private VariantKeys() {
    }

    /** The rules shipped with papergraph. */
    static VariantKeys load() {
        VariantKeys v = new VariantKeys();
        rows("spelling-variants.tsv", true, cols -> {
            if (cols[0].startsWith("-")) {
                v.suffixes.put(cols[0].substring(1), cols[1].substring(1));
            } else {
                v.words.put(cols[0], cols[1]);
            }
        });
        rows("connecting-words.txt", false, cols -> v.connecting.add(cols[0]));
        rows("variant-heads.tsv", true, cols -> v.heads.put(cols[0], HeadDrop.valueOf(cols[1].toUpperCase(Locale.ROOT))));
        return v;
    }

    /** The variant key of a name or key as written; empty when it has no word. */
    String key(String form) {
        return join(words(form));
    }

    Variant variant(String form) {
        List<String> ws = words(form);
        String key = join(ws);
        HeadDrop drop = ws.size() > 1 ? heads.get(ws.get(ws.size() - 1)) : null;
        if (drop == null) {
            return new Variant(key, ws, null);
        }
        String rest = LAST_WORD.matcher(form.strip()).replaceFirst("");
        return new Variant(key, ws, new Head(drop, join(ws.subList(0, ws.size() - 1)), NameShapes.specificName(rest)));
    }

    private List<String> words(String form) {
        boolean capitals = form.chars().anyMatch(Character::isUpperCase);
        String key = Normalise.key(capitals ? ACRONYM_PLURAL.matcher(form).replaceAll("$1") : form);
        if (key.isEmpty()) {
            return List.of();
        }
        String[] raw = key.split(" ");
        List<String> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String w = standard(singular(raw[i]));
            if (raw.length < 3 || i == 0 || i == raw.length - 1 || !connecting.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words run together, but numbers kept apart: "llama 3 8b" is not "llama 38b". */
    private static String join(List<String> ws) {
        StringBuilder sb = new StringBuilder();
        for (String w : ws) {
            if (sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1)) && Character.isDigit(w.charAt(0))) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    /** The final plural removed as {@link Normalise#key} removes it from a key's last word. */
    private static String singular(String w) {
        if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us")) { // continuous, corpus
            return w;
        }
        return w.endsWith("ies") && w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
    }

    private String standard(String w) {
        for (Map.Entry<String, String> s : suffixes.entrySet()) {
            if (w.endsWith(s.getKey()) && w.length() - s.getKey().length() >= MIN_STEM) {
                w = w.substring(0, w.length() - s.getKey().length()) + s.getValue();
                break;
            }
        }
        return words.getOrDefault(w, w);
    }

    private static void rows(String file, boolean header, Consumer<String[]> row) {
        try (InputStream in = VariantKeys.class.getResourceAsStream(RULES + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RULES + file);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            lines.subList(header ? 1 : 0, lines.size()).forEach(l -> row.accept(l.strip().split("\t")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RULES + file, e);
        }
    }
}
