package org.papergraph.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.extractor.model.ConceptType;

class ConceptClustersTest {

    private static final Path CASES = Path.of("src/test/resources/resolve/cluster-cases.tsv");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(CASES, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("expect\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            out.add(Arguments.of(c[0], concept(c[1], c[2]), concept(c[3], c[4]), c[5]));
        }
        return out.stream();
    }

    /** The concepts of every case, each key once. */
    private static List<ConceptEvidence> allCaseConcepts() throws IOException {
        Map<String, ConceptEvidence> byKey = new LinkedHashMap<>();
        cases().forEach(r -> {
            byKey.putIfAbsent(((ConceptEvidence) r.get()[1]).key(), (ConceptEvidence) r.get()[1]);
            byKey.putIfAbsent(((ConceptEvidence) r.get()[2]).key(), (ConceptEvidence) r.get()[2]);
        });
        return new ArrayList<>(byKey.values());
    }

    private static ConceptEvidence concept(String name, String aliases) {
        return Evidence.of(name, aliases.isEmpty() ? new String[0] : aliases.split("\\|"));
    }

    @ParameterizedTest(name = "{0}: {1} / {2} ({3})")
    @MethodSource("cases")
    void variantsMergeAndNearMissesStayApart(String expect, ConceptEvidence first, ConceptEvidence second, String why) {
        assertNotEquals(first.key(), second.key(), "a case needs two keys");
        ConceptClusters clusters = ConceptClusters.of(List.of(first, second));
        boolean same = clusters.canonicalKey(first.key()).equals(clusters.canonicalKey(second.key()));
        assertEquals(expect.equals("same"), same, why);
    }

    @Test
    void allCasesTogetherCutTheSameWay() throws IOException {
        // Together, no case may reach another through a chain of joins: the pairs stay as the table says.
        List<Arguments> rows = cases().toList();
        ConceptClusters clusters = ConceptClusters.of(allCaseConcepts());
        for (Arguments r : rows) {
            Object[] a = r.get();
            boolean same = clusters.canonicalKey(((ConceptEvidence) a[1]).key())
                    .equals(clusters.canonicalKey(((ConceptEvidence) a[2]).key()));
            assertEquals(a[0].equals("same"), same, a[1] + " / " + a[2] + ": " + a[3]);
        }
    }

    @Test
    void theTypeIsTheOneWithMostVoteWeightOverTheCluster() {
        // The bare name came first and in one paper as a Benchmark; three papers spelling it out say Method.
        ConceptEvidence bare = Evidence.of("RMTL", ConceptType.BENCHMARK, 1.0, 1);
        ConceptEvidence longForm = Evidence.of("Reward-guided Meta Transfer Learning", ConceptType.METHOD, 0.9, 3,
                "RMTL");
        assertEquals(ConceptType.METHOD, ConceptClusters.of(List.of(bare, longForm)).clusterOf("rmtl").type());
        ConceptEvidence strongBare = Evidence.of("RMTL", ConceptType.BENCHMARK, 1.0, 5);
        assertEquals(ConceptType.BENCHMARK, ConceptClusters.of(List.of(longForm, strongBare)).clusterOf("rmtl").type());
    }

    @Test
    void theNameIsTheMostGivenSpellingAndTheKeyIsItsMembers() {
        ConceptEvidence rare = Evidence.of("low-rank adaption", ConceptType.METHOD, 1.0, 2, "LoRA");
        ConceptEvidence common = Evidence.of("Low-Rank Adaptation", ConceptType.METHOD, 1.0, 5, "LoRA");
        ConceptEvidence bare = Evidence.of("LoRA", ConceptType.METHOD, 1.0, 9);
        Cluster c = ConceptClusters.of(List.of(rare, common, bare)).clusterOf("lora");
        // The acronym is the most given name, but a long form spells it out: the long form is shown.
        assertEquals("Low-Rank Adaptation", c.name());
        assertEquals("low rank adaptation", c.key());
        assertEquals(List.of("lora", "low rank adaptation", "low rank adaption"), c.members());
    }

    @Test
    void onEqualSupportTheFullerNameIsShown() {
        Cluster c = ConceptClusters.of(List.of(Evidence.of("Chain-of-Draft"), Evidence.of("Chain-of-Draft prompting")))
                .clusterOf("chain of draft");
        assertEquals("Chain-of-Draft prompting", c.name());
    }

    @Test
    void writingsOfOneNameCountTogetherAndAGeneralClassReadsInLowerCase() {
        ConceptEvidence e = new ConceptEvidence("continued pretraining",
                Map.of("Continued Pretraining", 2, "continued pretraining", 2), Map.of(),
                Map.of(ConceptType.METHOD, 4.0), 4, false);
        ConceptEvidence variant = Evidence.of("continual pre-training", ConceptType.METHOD, 1.0, 3);
        Cluster c = ConceptClusters.of(List.of(e, variant)).clusterOf("continual pre training");
        assertEquals("continued pretraining", c.name(), "4 givings of one spelling beat 3 of another");
    }

    @Test
    void aliasesAreEveryOtherFormOfEveryMember() {
        ConceptEvidence a = Evidence.of("Sharpness-Aware Minimisation", ConceptType.METHOD, 1.0, 1, "SAM");
        ConceptEvidence b = Evidence.of("sharpness aware minimization", ConceptType.METHOD, 1.0, 2, "SAM",
                "sharpness-aware minimization");
        Cluster c = ConceptClusters.of(List.of(a, b)).clusterOf("sharpness aware minimization");
        assertEquals("sharpness aware minimization", c.name());
        assertEquals(Set.of("SAM", "sharpness-aware minimization", "Sharpness-Aware Minimisation"), Set.copyOf(c.aliases()));
        assertEquals("SAM", c.aliases().get(0), "most used first");
    }

    @Test
    void aBareAcronymJoinsTheLongFormItMeansByAClearMargin() {
        ConceptEvidence segment = Evidence.of("Segment Anything Model", ConceptType.MODEL, 1.0, 6, "SAM");
        ConceptEvidence sharpness = Evidence.of("Sharpness-Aware Minimization", ConceptType.METHOD, 1.0, 2, "SAM");
        ConceptEvidence bare = Evidence.of("SAM", ConceptType.MODEL, 1.0, 4);
        ConceptClusters clusters = ConceptClusters.of(List.of(segment, sharpness, bare));
        assertEquals("segment anything model", clusters.canonicalKey("sam"), "6 uses against 2");
        assertNotEquals(clusters.canonicalKey("segment anything model"), clusters.canonicalKey("sharpness aware minimization"));
        assertEquals(Set.of("SAM"), clusters.ambiguousAliases());
    }

    @Test
    void aBareAcronymWithoutAClearMeaningJoinsNone() {
        ConceptEvidence contrastive = Evidence.of("contrastive learning", ConceptType.METHOD, 1.0, 3, "CL");
        ConceptEvidence continual = Evidence.of("continual learning", ConceptType.TASK, 1.0, 2, "CL");
        ConceptEvidence bare = Evidence.of("CL", ConceptType.METHOD, 1.0, 1);
        ConceptClusters clusters = ConceptClusters.of(List.of(contrastive, continual, bare));
        assertEquals(3, clusters.clusters().size());
        assertEquals(Set.of("CL"), clusters.ambiguousAliases());
    }

    @Test
    void clusteringTheClustersAgainChangesNothing() throws IOException {
        List<ConceptEvidence> all = allCaseConcepts();
        all.add(Evidence.of("SAM", ConceptType.MODEL, 1.0, 4));
        ConceptClusters once = ConceptClusters.of(all);
        ConceptClusters twice = ConceptClusters.of(once.clusters().stream().map(Cluster::evidence).toList());
        assertEquals(once.clusters().stream().map(Evidence::summary).toList(),
                twice.clusters().stream().map(Evidence::summary).toList());
        assertEquals(once.ambiguousAliases(), twice.ambiguousAliases());
    }

    @Test
    void anUnknownKeyIsAnError() {
        ConceptClusters clusters = ConceptClusters.of(List.of(Evidence.of("BERT")));
        assertThrows(IllegalArgumentException.class, () -> clusters.clusterOf("bart"));
        assertTrue(clusters.ambiguousAliases().isEmpty());
    }
}
