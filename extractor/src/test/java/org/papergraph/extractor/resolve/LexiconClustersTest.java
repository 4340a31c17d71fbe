package org.papergraph.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.nlp.Normalise;

/**
 * The lexicons list distinct concepts, each with its aliases: a curated set of near misses (GPT-4 and GPT-4o,
 * ImageNet and ImageNet-21K, CIFAR-10 and CIFAR-100). Clustered as if each entry were a concept of the corpus,
 * no two entries may join.
 */
class LexiconClustersTest {

    @Test
    void noTwoLexiconEntriesJoin() throws IOException {
        Map<String, ConceptEvidence> entries = new LinkedHashMap<>();
        for (ConceptType type : ConceptType.values()) {
            String file = "/org/papergraph/extractor/lexicon/" + type.label().toLowerCase(Locale.ROOT) + ".tsv";
            try (InputStream in = getClass().getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                for (String line : lines) {
                    String[] cols = line.split("\t", -1);
                    Map<String, Integer> aliases = new HashMap<>();
                    Arrays.stream(cols[1].split("\\|")).filter(a -> !a.isBlank()).forEach(a -> aliases.put(a.strip(), 1));
                    String name = cols[0].strip();
                    entries.putIfAbsent(Normalise.key(name), new ConceptEvidence(Normalise.key(name), Map.of(name, 1),
                            aliases, Map.of(type, 1.0), 1, Boolean.parseBoolean(cols[2].strip())));
                }
            }
        }
        assertTrue(entries.size() > 1000, "the lexicons are read: " + entries.size());
        List<String> joined = ConceptClusters.of(entries.values()).clusters().stream()
                .filter(c -> c.members().size() > 1).map(Cluster::members).map(Object::toString).toList();
        assertEquals(List.of(), joined);
    }
}
