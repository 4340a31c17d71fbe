package org.papergraph.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.nlp.Normalise;

/**
 * The concepts of a 100k-paper corpus (about 120,000 keys) cluster in seconds: keys meet in buckets, never all
 * against all. Names are drawn from a vocabulary small enough that many share words, acronyms and variants.
 */
class ConceptClustersScaleTest {

    private static final int CONCEPTS = 120_000;

    @Test
    void aHundredThousandPapersWorthOfConceptsClusterQuickly() {
        List<ConceptEvidence> corpus = corpus(new Random(11));
        ConceptClusters clusters = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ConceptClusters.of(corpus));
        assertTrue(clusters.clusters().size() < corpus.size(), "some keys join");
    }

    private static List<ConceptEvidence> corpus(Random random) {
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(random);
        }
        Map<String, ConceptEvidence> byKey = new LinkedHashMap<>();
        while (byKey.size() < CONCEPTS) {
            int n = 1 + random.nextInt(4);
            List<String> words = new ArrayList<>();
            StringBuilder acronym = new StringBuilder();
            for (int i = 0; i < n; i++) {
                // Zipf-like: a few words are in many names.
                String w = vocabulary[(int) (vocabulary.length * Math.pow(random.nextDouble(), 3))];
                words.add(w);
                acronym.append(Character.toUpperCase(w.charAt(0)));
            }
            String name = String.join(random.nextBoolean() ? " " : "-", words);
            Map<String, Integer> aliases = new HashMap<>();
            if (n > 1 && random.nextBoolean()) {
                aliases.put(acronym.toString(), 1 + random.nextInt(3));
            }
            String key = Normalise.key(name);
            byKey.putIfAbsent(key, new ConceptEvidence(key, Map.of(name, 1 + random.nextInt(5)), aliases,
                    Map.of(ConceptType.values()[random.nextInt(6)], 1.0), 1 + random.nextInt(20), random.nextBoolean()));
        }
        return new ArrayList<>(byKey.values());
    }

    private static String word(Random random) {
        String[] syllables = {"ka", "lo", "mi", "ver", "tra", "zen", "qu", "ro", "sa", "nel", "dor", "phi", "gra"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            sb.append(syllables[random.nextInt(syllables.length)]);
        }
        return random.nextInt(5) == 0 ? sb.toString().toUpperCase(Locale.ROOT) : sb.toString();
    }
}
