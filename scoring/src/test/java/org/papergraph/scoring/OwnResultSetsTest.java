package org.papergraph.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every own set of result rows (the held-out sets A to G beside the extractor's tests) passes the shared
 * {@code validate.py}: each row has its fields and a known kind, each text field stands verbatim in its paper's title
 * or abstract, the value in its quote, and every paper of the set has its line.
 */
class OwnResultSetsTest {

    private static final Path RELATIVE = Path.of("shared", "eval", "results", "validate.py");
    private static Path script;
    /** Why validate.py cannot run here, or null when it can. */
    private static String missing;

    @TempDir
    Path dir;

    @BeforeAll
    static void locateScript() throws InterruptedException {
        script = PythonScripts.find(RELATIVE);
        missing = PythonScripts.whyNot(script, RELATIVE);
    }

    @BeforeEach
    void needScript() {
        assumeTrue(missing == null, missing);
    }

    static List<String> sets() throws IOException {
        try (Stream<Path> files = Files.list(DevSetQualityIT.OWN_SETS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-results.jsonl"))
                    .map(n -> n.substring(0, n.length() - "-results.jsonl".length())).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void passesValidatePy(String set) throws IOException, InterruptedException {
        Path gold = DevSetQualityIT.OWN_SETS.resolve(set + "-results.jsonl");
        Path papers = DevSetQualityIT.OWN_SETS.resolve(set + "-papers.jsonl");
        String out = PythonScripts.run(script, List.of(gold.toString(), papers.toString()), dir.resolve("stderr"));
        assertTrue(out.strip().endsWith(" 0 problems"), set + ": " + out);
    }
}
