package org.papergraph.extractor.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.papergraph.extractor.model.ConceptType;

/**
 * Known concepts, one TSV file per type under {@code lexicon/} ({@code name, aliases, specific}), matched
 * as token sequences. Multi-word forms match case-insensitively and in the plural; one-word forms in
 * capitals or capitalised (MATH, Flux) match only as written, so ordinary words are not taken for names.
 * The alphabetic stems of one-type names (Qwen, Gemini, AIME) type unknown names built on them.
 */
public final class Lexicon {

    /** A known concept. */
    public record Entry(String name, ConceptType type, List<String> aliases, boolean specific) {
    }

    /** A match of an entry at tokens {@code [from, to)}. */
    public record Match(Entry entry, int from, int to) {
    }

    private static final int MAX_TOKENS = 8;
    private final Map<String, List<Form>> forms = new HashMap<>();
    /** The word-prefixes of the multi-word forms ("large language" of "large language model"): where a match can go on. */
    private final java.util.Set<String> openings = new java.util.HashSet<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, ConceptType> stems = new HashMap<>();
    private final java.util.Set<String> ambiguousStems = new java.util.HashSet<>();

    private record Form(Entry entry, String written, boolean caseSensitive) {
    }

    private Lexicon() {
    }

    /** The lexicons shipped with papergraph. */
    public static Lexicon load() {
        Lexicon lex = new Lexicon();
        for (ConceptType type : ConceptType.values()) {
            String file = "/org/papergraph/extractor/lexicon/" + type.label().toLowerCase(Locale.ROOT) + ".tsv";
            try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
                if (in != null) {
                    lex.read(in, type, file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return lex;
    }

    private void read(InputStream in, ConceptType type, String file) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = r.readLine(); // header
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IllegalStateException(file + ":" + n + ": expected 3 tab-separated columns");
            }
            List<String> aliases = new ArrayList<>();
            for (String a : cols[1].split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
            Entry e = new Entry(cols[0].strip(), type, List.copyOf(aliases), Boolean.parseBoolean(cols[2].strip()));
            byName.putIfAbsent(Normalise.key(e.name()), e);
            add(e.name(), e);
            aliases.forEach(a -> add(a, e));
            aliases.forEach(a -> byName.putIfAbsent(Normalise.key(a), e));
            if (e.specific()) {
                addStem(e.name(), type);
                aliases.forEach(a -> addStem(a, type));
            }
        }
    }

    private void addStem(String written, ConceptType type) {
        String stem = stem(written);
        if (stem.length() >= 3 && stems.putIfAbsent(stem, type) != null && stems.get(stem) != type) {
            ambiguousStems.add(stem);
        }
    }

    /** The leading letters of a name, lower-cased: "qwen" for Qwen2.5-7B, "aime" for AIME24. */
    static String stem(String name) {
        int i = 0;
        while (i < name.length() && Character.isLetter(name.charAt(i))) {
            i++;
        }
        return name.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /**
     * The type shared by every known specific name with the same stem as {@code name}, or null. The stem must end in a
     * version or size ("Qwen2.5-7B", "Claude-4.1-Opus", "AIME24"): before a word it is a word ("Meta-RTL" is no
     * Meta-World).
     */
    public ConceptType typeOfStem(String name) {
        String stem = stem(name);
        String rest = name.substring(stem.length());
        if (!rest.isEmpty() && !Character.isDigit(rest.charAt(0))
                && !(rest.length() > 1 && rest.charAt(0) == '-' && Character.isDigit(rest.charAt(1)))) {
            return null;
        }
        return ambiguousStems.contains(stem) ? null : stems.get(stem);
    }

    private void add(String written, Entry e) {
        String[] words = written.split("\\s+");
        // MATH, ARC, Flux, mAP could be ordinary words: they match only as written. MobileNet or LLaVA cannot.
        boolean caseSensitive = words.length == 1 && !written.equals(written.toLowerCase(Locale.ROOT))
                && (written.equals(written.toUpperCase(Locale.ROOT)) || written.length() < 5
                || written.substring(1).equals(written.substring(1).toLowerCase(Locale.ROOT)));
        String key = written.toLowerCase(Locale.ROOT);
        forms.computeIfAbsent(key, k -> new ArrayList<>()).add(new Form(e, written, caseSensitive));
        for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
            openings.add(key.substring(0, space));
        }
    }

    /** The entry whose name (or else alias) has this normalised key, if any. */
    public Entry byKey(String key) {
        return byName.get(key);
    }

    /** The longest match starting at token {@code from}, or null. */
    public Match longestAt(List<Tok> toks, int from) {
        StringBuilder sb = new StringBuilder();
        Match best = null;
        for (int to = from + 1; to <= Math.min(toks.size(), from + MAX_TOKENS); to++) {
            Tok last = toks.get(to - 1);
            if (to > from + 1) {
                sb.append(' ');
            }
            int prefix = sb.length();
            for (String variant : new String[] {last.lower(), last.lemma(), singular(last.lower())}) {
                sb.setLength(prefix);
                sb.append(variant);
                Entry e = find(sb.toString(), toks, from, to, variant);
                if (e != null) {
                    best = new Match(e, from, to);
                    break;
                }
            }
            sb.setLength(prefix);
            sb.append(last.lower());
            if (!openings.contains(sb.toString())) {
                break; // no longer form starts with these words: most tokens end the search here
            }
        }
        return best;
    }

    private Entry find(String key, List<Tok> toks, int from, int to, String variant) {
        List<Form> fs = forms.get(key);
        if (fs == null) {
            return null;
        }
        for (Form f : fs) {
            if (!f.caseSensitive()) {
                return f.entry();
            }
            String text = toks.get(from).text();
            if (to == from + 1 && (text.equals(f.written()) || text.equals(f.written() + "s"))) {
                return f.entry();
            }
        }
        return null;
    }

    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
