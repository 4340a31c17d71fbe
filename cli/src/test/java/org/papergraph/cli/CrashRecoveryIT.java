package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build killed with SIGKILL (no shutdown hook runs, every lock file stays behind) at a stage of its work, then
 * built again: the second build must leave both stores with exactly the counts of a build that was never interrupted.
 */
class CrashRecoveryIT {

    @TempDir
    static Path dir;
    static Path input;
    static CliRun clean;

    @BeforeAll
    static void buildClean() throws IOException {
        input = ExamplePapers.first(12, dir.resolve("papers.txt"));
        clean = CliRun.of("build", input.toString(), "--data", dir.resolve("clean").toString());
        assertEquals(0, clean.code(), clean.err());
    }

    /**
     * @param stage "store" kills once the RDF store's directory or its first load's exists (extraction done, RDF
     *              being written);
     *              "neo4j" kills once the RDF summary is printed (the Neo4j load running)
     */
    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"store", "neo4j"})
    void aRebuildAfterSigkillGivesTheCleanCounts(String stage) throws Exception {
        Path data = dir.resolve("killed-" + stage);
        Predicate<String> reached = stage.equals("store")
                ? printed -> Files.exists(data.resolve("tdb2.loading")) || Files.exists(data.resolve("tdb2"))
                : printed -> printed.contains("rdf:");
        killDuring(data, reached);

        CliRun again = CliRun.of("build", input.toString(), "--data", data.toString());

        assertEquals(0, again.code(), again.err());
        // What the stores hold; the extraction lines differ, since papers a killed build stored are not extracted again.
        for (String key : List.of("rdf", "neo4j")) {
            assertEquals(line(clean.err(), key).replace(dir.resolve("clean").toString(), "DIR"),
                    line(again.err(), key).replace(data.toString(), "DIR"), key);
        }
    }

    /** Runs a build in another JVM and kills it with SIGKILL as soon as it reaches the stage. */
    private static void killDuring(Path data, Predicate<String> reached) throws Exception {
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Papergraph.class.getName(),
                "build", input.toString(), "--data", data.toString())
                .redirectErrorStream(true).start();
        StringBuffer printed = new StringBuffer();
        Thread reader = new Thread(() -> {
            try {
                build.getInputStream().transferTo(new OutputStream() {
                    @Override
                    public void write(int b) {
                        printed.append((char) b);
                    }
                });
            } catch (IOException e) {
                // The process was killed: its output ends here.
            }
        });
        reader.start();
        boolean killed = false;
        try {
            while (build.isAlive() && !killed) {
                if (reached.test(printed.toString())) {
                    build.destroyForcibly();
                    killed = true;
                }
                Thread.sleep(20);
            }
        } finally {
            build.destroyForcibly();
            assertTrue(build.waitFor(60, TimeUnit.SECONDS));
            reader.join(10_000);
        }
        assertTrue(killed, "the build ended before the stage was reached:\n" + printed);
        assertEquals(137, build.exitValue(), "ended by SIGKILL");
    }

    private static String line(String err, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(.*)$").matcher(err);
        assertTrue(m.find(), key + " missing in:\n" + err);
        return m.group(1);
    }
}
