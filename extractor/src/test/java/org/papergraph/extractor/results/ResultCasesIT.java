package org.papergraph.extractor.results;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.ResultRow;
import org.papergraph.extractor.nlp.RuleBasedExtractor;

/**
 * The result rules case by case, from {@code results/result-cases.tsv}: sentences written for the tests, with the
 * rows each must give and the numbers that must not be results, run through the real CoreNLP pipeline and the concept
 * rules, all cases as one collection.
 */
class ResultCasesIT {

    record Case(String name, Paper paper, String rows, String notResults) {
    }

    static List<Case> cases;
    static List<PaperConcepts> extracted;

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/results/result-cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("case\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            out.add(new Case(c[0], new Paper(c[0], c[1], c[2], List.of(), null, null, null, List.of(),
                    "result-cases.tsv:" + c[0]), c[3], c[4]));
        }
        return out;
    }

    @BeforeAll
    static void extractAll() throws IOException {
        cases = cases();
        extracted = new RuleBasedExtractor(2).extract(cases.stream().map(Case::paper).toList());
    }

    static Stream<Arguments> resultCases() throws IOException {
        return cases().stream().map(c -> Arguments.of(c.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultCases")
    void results(String name) {
        int i = 0;
        while (!cases.get(i).name().equals(name)) {
            i++;
        }
        Case c = cases.get(i);
        List<ResultRow> found = extracted.get(i).results();
        for (String expected : c.rows().split(";")) {
            if (!expected.isBlank()) {
                String[] want = expected.split("\\|", -1);
                assertTrue(found.stream().anyMatch(r -> matches(r, want)), name + ": no row " + expected + " in "
                        + found.stream().map(ResultCasesIT::describe).toList());
            }
        }
        for (String value : c.notResults().split(";")) {
            if (!value.isBlank()) {
                assertTrue(found.stream().noneMatch(r -> r.value().equals(value)), name + ": " + value
                        + " taken for a result in " + found.stream().map(ResultCasesIT::describe).toList());
            }
        }
    }

    /** The fields of a row in the order the cases give them. */
    private static List<String> fields(ResultRow r) {
        return List.of(r.value(), r.unit(), r.kind().label(), r.metric().text(), r.benchmark().text(),
                r.system().text(), r.baseline().text());
    }

    private static boolean matches(ResultRow r, String[] want) {
        List<String> have = fields(r);
        for (int f = 0; f < want.length; f++) {
            String w = want[f];
            if (!w.isEmpty() && !(w.equals("-") ? have.get(f).isEmpty() : have.get(f).equals(w))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(ResultRow r) {
        return String.join("|", fields(r));
    }
}
