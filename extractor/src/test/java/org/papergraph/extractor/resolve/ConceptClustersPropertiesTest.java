package org.papergraph.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.nlp.Normalise;

/**
 * Corpora drawn from a small vocabulary, so that names are variants of each other, acronyms are shared by
 * unrelated long forms, and bare acronyms and generic heads meet: clustering them must not depend on their order,
 * must change nothing when run on its own output, and must put every variant of a name in one cluster.
 */
class ConceptClustersPropertiesTest {

    private static final List<String> WORDS = List.of("sparse", "token", "routing", "graph", "policy", "reward",
            "optimization", "regularization", "modeling", "behavior", "attention", "feedback", "expert", "learning",
            "segment", "anything");
    /** British spellings of some of the words, and other spellings of them. */
    private static final Map<String, String> OTHER_SPELLING = Map.of("optimization", "optimisation",
            "regularization", "regularisation", "modeling", "modelling", "behavior", "behaviour");
    private static final List<String> JOINING = List.of(" from ", " through ", " via ", " with ", " of ");
    private static final List<String> ACRONYMS = List.of("SAM", "CL", "DML", "SRT", "GRO");
    private static final List<String> HEADS = List.of("framework", "method", "model", "prompting", "ability");

    @Property(tries = 300)
    void orderDoesNotMatter(@ForAll("corpora") List<ConceptEvidence> corpus, @ForAll long seed) {
        List<ConceptEvidence> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(seed));
        ConceptClusters a = ConceptClusters.of(corpus);
        ConceptClusters b = ConceptClusters.of(shuffled);
        assertEquals(a.clusters(), b.clusters());
        assertEquals(a.ambiguousAliases(), b.ambiguousAliases());
    }

    @Property(tries = 300)
    void clusteringTheClustersAgainChangesNothing(@ForAll("corpora") List<ConceptEvidence> corpus) {
        ConceptClusters once = ConceptClusters.of(corpus);
        ConceptClusters twice = ConceptClusters.of(once.clusters().stream().map(Cluster::evidence).toList());
        assertEquals(once.clusters().stream().map(Evidence::summary).toList(),
                twice.clusters().stream().map(Evidence::summary).toList());
        assertEquals(once.ambiguousAliases(), twice.ambiguousAliases());
        Statistics.label("some clusters join keys").collect(once.clusters().size() < corpus.size())
                .coverage(c -> c.check(true).percentage(p -> p > 30));
    }

    @Property(tries = 300)
    void theVariantsOfANameMeetInOneCluster(@ForAll("names") List<String> words, @ForAll long seed,
                                            @ForAll("corpora") List<ConceptEvidence> others) {
        Random random = new Random(seed);
        Map<String, ConceptEvidence> corpus = new LinkedHashMap<>();
        others.forEach(o -> corpus.put(o.key(), o));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ConceptEvidence v = Evidence.of(variant(words, random));
            corpus.putIfAbsent(v.key(), v);
            keys.add(v.key());
        }
        ConceptClusters clusters = ConceptClusters.of(corpus.values());
        Set<String> canonical = keys.stream().map(clusters::canonicalKey).collect(Collectors.toSet());
        assertEquals(1, canonical.size(), "variants of " + words + ": " + keys);
    }

    /** The words written another way: spelling, hyphens or spaces, case, a plural, another joining word. */
    private static String variant(List<String> words, Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (random.nextBoolean()) {
                w = OTHER_SPELLING.getOrDefault(w, w);
            }
            if (random.nextBoolean()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            if (i > 0) {
                boolean middle = words.size() == 3 && i == 1;
                sb.append(middle ? JOINING.get(random.nextInt(JOINING.size())) : random.nextBoolean() ? " " : "-");
            }
            sb.append(w);
        }
        return random.nextBoolean() ? sb + "s" : sb.toString();
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(4).uniqueElements();
    }

    @Provide
    Arbitrary<List<ConceptEvidence>> corpora() {
        Arbitrary<ConceptEvidence> concept = Combinators.combine(
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(HEADS).optional(0.3),
                Arbitraries.of(ACRONYMS).list().ofMaxSize(1),
                Arbitraries.of(ConceptType.class),
                Arbitraries.integers().between(1, 5),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((ws, head, acronyms, type, papers, capitals, bare) -> {
                    String name = bare && !acronyms.isEmpty() ? acronyms.get(0)
                            : String.join(" ", ws) + head.map(h -> " " + h).orElse("");
                    String written = capitals ? title(name) : name;
                    String[] aliases = bare ? new String[0] : acronyms.toArray(String[]::new);
                    return Evidence.of(written, type, 1.0, papers, aliases);
                });
        return concept.list().ofMinSize(1).ofMaxSize(25)
                .map(cs -> List.copyOf(cs.stream().collect(Collectors.toMap(ConceptEvidence::key, c -> c, (a, b) -> a,
                        LinkedHashMap::new)).values()))
                .filter(cs -> cs.stream().allMatch(c -> !Normalise.key(c.key()).isEmpty()));
    }

    private static String title(String name) {
        return java.util.Arrays.stream(name.split(" "))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
    }
}
