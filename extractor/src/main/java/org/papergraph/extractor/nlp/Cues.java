package org.papergraph.extractor.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Role;

/** The rule data files: head nouns that give a phrase its type, generic words, and role cue words. */
final class Cues {

    final Map<String, ConceptType> heads = new HashMap<>();
    final Set<String> generic = new HashSet<>();
    final Map<String, Role> roles = new HashMap<>();

    /**
     * The type a head word gives the phrase it ends: the whole word's ("fine-tuning", "self-play"), else
     * its last hyphenated part's ("co-training" is training, "super-resolution" is resolution's).
     */
    ConceptType headType(String lemma) {
        ConceptType t = heads.get(lemma);
        return t != null ? t : heads.get(lastPart(lemma));
    }

    /** The part of a hyphenated word after its last hyphen, or the word. */
    static String lastPart(String word) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash < word.length() - 1 ? word.substring(dash + 1) : word;
    }

    static Cues load() {
        Cues c = new Cues();
        lines("heads.tsv", true, cols -> c.heads.put(cols[0], ConceptType.fromLabel(cols[1])));
        lines("generic.txt", false, cols -> c.generic.add(cols[0]));
        lines("roles.tsv", true, cols -> c.roles.putIfAbsent(cols[0], Role.fromLabel(cols[1])));
        return c;
    }

    private static void lines(String file, boolean header, java.util.function.Consumer<String[]> row) {
        String path = "/org/papergraph/extractor/rules/" + file;
        try (InputStream in = Cues.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (first && header) {
                    first = false;
                    continue;
                }
                first = false;
                row.accept(line.strip().split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
