package org.papergraph.graph.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The Cypher statements papergraph runs, kept as classpath files under {@code org/papergraph/graph/cypher/}. */
public final class CypherFiles {

    private CypherFiles() {
    }

    /** The statement in {@code name.cypher}, without its comment lines. */
    public static String statement(String name) {
        String path = "/org/papergraph/graph/cypher/" + name + ".cypher";
        try (InputStream in = CypherFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no Cypher file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.stripLeading().startsWith("//"))
                    .reduce((a, b) -> a + "\n" + b).orElse("").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The statements of a file holding several, separated by {@code ;}. */
    public static List<String> statements(String name) {
        return Arrays.stream(statement(name).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
