package org.papergraph.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.papergraph.extractor.model.ConceptType;

/**
 * Measures clustering on a real extraction: {@code -Dconcepts=FILE}, the output of {@code papergraph extract}.
 * Counts the pairs of concept ids that share an alias (case-insensitive; a name counts as an alias of its own
 * concept) before clustering and after, and lists every cluster of two keys or more to read through.
 */
@EnabledIfSystemProperty(named = "concepts", matches = ".+")
class ExtractOutputClustersTest {

    @Test
    void clusteringLeavesOnlyAmbiguousAliasesShared() throws IOException {
        Map<String, ConceptEvidence> byId = read(Path.of(System.getProperty("concepts")));
        Map<String, Set<String>> before = new HashMap<>();
        byId.values().forEach(e -> before.put(e.key(), forms(e)));
        ConceptClusters clusters = ConceptClusters.of(byId.values());
        Map<String, Set<String>> after = new HashMap<>();
        clusters.clusters().forEach(c -> after.put(c.key(), forms(c.evidence())));
        List<String> sharedBefore = sharing(before);
        List<String> sharedAfter = sharing(after);
        System.out.printf("concepts %d, clusters %d%npairs sharing an alias before: %d%n", byId.size(),
                clusters.clusters().size(), sharedBefore.size());
        sharedBefore.forEach(p -> System.out.println("  " + p));
        System.out.printf("after: %d%n", sharedAfter.size());
        sharedAfter.forEach(p -> System.out.println("  " + p));
        System.out.println("ambiguous aliases: " + clusters.ambiguousAliases());
        clusters.clusters().stream().filter(c -> c.members().size() > 1).forEach(c -> System.out.println(
                "cluster " + c.name() + " [" + c.type().label() + "] " + c.members() + " aliases " + c.aliases()));
        Set<String> ambiguous = lower(clusters.ambiguousAliases());
        assertTrue(sharedAfter.stream().allMatch(p -> ambiguous.contains(p.substring(0, p.indexOf(':')))),
                "only ambiguous aliases stay shared: " + sharedAfter);
    }

    /** Per concept id: its names, aliases, type votes (one a mention), papers, and specific if any paper says so. */
    private static Map<String, ConceptEvidence> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Integer>> names = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> aliases = new HashMap<>();
        Map<String, Map<ConceptType, Double>> types = new HashMap<>();
        Map<String, Integer> papers = new HashMap<>();
        Set<String> specific = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                for (JsonNode c : json.readTree(line).path("concepts")) {
                    String id = c.path("id").asText();
                    names.computeIfAbsent(id, k -> new HashMap<>()).merge(c.path("name").asText(), 1, Integer::sum);
                    c.path("aliases").forEach(a -> aliases.computeIfAbsent(id, k -> new HashMap<>())
                            .merge(a.asText(), 1, Integer::sum));
                    types.computeIfAbsent(id, k -> new EnumMap<>(ConceptType.class))
                            .merge(ConceptType.fromLabel(c.path("type").asText()), (double) c.path("mentions").size(),
                                    Double::sum);
                    papers.merge(id, 1, Integer::sum);
                    if (c.path("specific").asBoolean()) {
                        specific.add(id);
                    }
                }
            }
        }
        Map<String, ConceptEvidence> out = new LinkedHashMap<>();
        names.forEach((id, n) -> out.put(id, new ConceptEvidence(id, n, aliases.getOrDefault(id, Map.of()),
                types.get(id), papers.get(id), specific.contains(id))));
        return out;
    }

    private static Set<String> forms(ConceptEvidence e) {
        Set<String> out = new HashSet<>(lower(e.aliases().keySet()));
        out.addAll(lower(e.names().keySet()));
        return out;
    }

    private static Set<String> lower(Collection<String> forms) {
        Set<String> out = new HashSet<>();
        forms.forEach(f -> out.add(f.toLowerCase(Locale.ROOT)));
        return out;
    }

    /** "form: id1 id2" for each pair of ids sharing a form, sorted. */
    private static List<String> sharing(Map<String, Set<String>> formsById) {
        Map<String, List<String>> idsByForm = new HashMap<>();
        formsById.forEach((id, fs) -> fs.forEach(f -> idsByForm.computeIfAbsent(f, k -> new ArrayList<>()).add(id)));
        List<String> out = new ArrayList<>();
        idsByForm.forEach((form, ids) -> {
            List<String> sorted = ids.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    out.add(form + ": " + sorted.get(i) + " " + sorted.get(j));
                }
            }
        });
        return out.stream().sorted().toList();
    }
}
