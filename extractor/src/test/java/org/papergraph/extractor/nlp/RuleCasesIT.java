package org.papergraph.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;

/**
 * The extraction rules case by case, from {@code rules/rule-cases.tsv}: each rule with a sentence it must
 * fire on (and, where given, the rule that must be among those that found the concept) and one it must not, run through the real CoreNLP pipeline. All cases are extracted together,
 * as one collection, so acronyms resolve across them as they would in a build.
 */
class RuleCasesIT {

    record Case(String rule, Paper paper, String present, String absent) {
    }

    static List<Case> cases;
    static List<PaperConcepts> extracted;

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/rules/rule-cases.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("rule\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Paper p = new Paper(c[0], c[1], c[2], List.of(), null, null, null, List.of(), "rule-cases.tsv:" + c[0]);
            out.add(new Case(c[0], p, c[3], c[4]));
        }
        return out;
    }

    @BeforeAll
    static void extractAll() throws IOException {
        cases = cases();
        extracted = new RuleBasedExtractor(2).extract(cases.stream().map(Case::paper).toList());
    }

    static Stream<Arguments> ruleCases() throws IOException {
        return cases().stream().map(c -> Arguments.of(c.rule()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void rule(String rule) {
        int i = 0;
        while (!cases.get(i).rule().equals(rule)) {
            i++;
        }
        Case c = cases.get(i);
        List<Concept> found = extracted.get(i).concepts();
        for (String expected : c.present().split(";")) {
            if (expected.isBlank()) {
                continue;
            }
            String[] f = expected.split("\\|");
            Optional<Concept> hit = find(found, f[0]);
            assertTrue(hit.isPresent(), rule + ": " + f[0] + " not found in " + names(found));
            if (f.length > 1) {
                assertEquals(f[1], hit.get().type().label(), rule + ": type of " + f[0]);
            }
            if (f.length > 2 && !f[2].isEmpty()) {
                assertEquals(f[2], hit.get().role().label(), rule + ": role of " + f[0]);
            }
            if (f.length > 3) {
                assertTrue(hit.get().foundBy().contains(ExtractionRule.fromLabel(f[3])),
                        rule + ": " + f[0] + " found by " + hit.get().foundBy());
            }
        }
        // Unwanted names are matched as written, against names and every mention's text.
        for (String unwanted : c.absent().split(";")) {
            if (!unwanted.isBlank()) {
                boolean named = found.stream().anyMatch(x -> x.name().equals(unwanted)
                        || x.mentions().stream().anyMatch(m -> m.text().equals(unwanted)));
                assertTrue(!named, rule + ": " + unwanted + " found in " + names(found));
            }
        }
    }

    private static Optional<Concept> find(List<Concept> found, String name) {
        return found.stream().filter(x -> x.name().equalsIgnoreCase(name)
                || x.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))).findFirst();
    }

    private static List<String> names(List<Concept> found) {
        return found.stream().map(x -> x.name() + "|" + x.type().label() + "|" + x.role().label() + x.aliases()).toList();
    }
}
