package org.papergraph.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The reference scorers beside the checkout, run with python3, for the parity tests; and edits of their inputs. */
final class PythonScripts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PythonScripts() {
    }

    /** {@code shared/...} in the working directory or the nearest directory above it that holds it, or null. */
    static Path find(Path relative) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(relative))) {
                return d.resolve(relative);
            }
        }
        return null;
    }

    /** Why {@code script} cannot be run here (said as the reason a test is skipped), or null when it can. */
    static String whyNot(Path script, Path relative) throws InterruptedException {
        if (script == null) {
            return relative + " not found in a directory above this one; parity not checked";
        }
        return python3Runs() ? null : "python3 is not on the PATH or does not run; parity with " + relative.getFileName()
                + " not checked";
    }

    /** The standard output of {@code python3 script args}, which must end well within a minute. */
    static String run(Path script, List<String> args, Path errors) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), script.getFileName() + " did not finish");
        assertEquals(0, process.exitValue(), () -> script.getFileName() + " failed: " + readQuietly(errors));
        return out;
    }

    /** An edit of one element of a record's list: the edited element, or null to drop it. */
    interface Edit {
        /** @param n counts the elements across all records */
        ObjectNode apply(ObjectNode element, int n);
    }

    /** Each record's list at {@code field} with every element edited. */
    static List<ObjectNode> eachElement(List<ObjectNode> records, String field, Edit edit) {
        int n = 0;
        for (ObjectNode record : records) {
            ArrayNode edited = JSON.createArrayNode();
            for (JsonNode element : record.get(field)) {
                ObjectNode result = edit.apply((ObjectNode) element, n++);
                if (result != null) {
                    edited.add(result);
                }
            }
            record.set(field, edited);
        }
        return records;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    private static boolean python3Runs() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
