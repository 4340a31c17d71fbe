package org.papergraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.queries.catalog.Engine;
import org.papergraph.queries.catalog.NamedQuery;
import org.papergraph.queries.catalog.QueryCatalog;
import org.papergraph.queries.catalog.QueryParameter;
import org.papergraph.queries.run.CypherRunner;
import org.papergraph.queries.run.ResultTable;
import org.papergraph.queries.run.SparqlRunner;

/**
 * Every query the README shows (each {@code bin/papergraph query} command, the query sent with {@code curl} to the
 * SPARQL endpoint, and the statement sent with {@code curl} to Neo4j's Query API), and every named query with the defaults its header gives, answers with rows on the graph of
 * the example corpus: a named query in both engines, with the same rows, a SPARQL or Cypher text in its own.
 */
@ExtendWith(ExampleGraph.Extension.class)
class ReadmeExamplesIT {

    private static final Path README = Path.of("../README.md");

    static ExampleGraph.Opened opened;

    /** One example as the README writes it: the command's words, shell quotes removed. */
    record Example(List<String> words) {
        @Override
        public String toString() {
            String s = String.join(" ", words).replaceAll("\\s+", " ");
            return s.length() <= 120 ? s : s.substring(0, 117) + "...";
        }
    }

    @BeforeAll
    static void open(ExampleGraph graph) {
        opened = graph.open();
    }

    @AfterAll
    static void close() {
        if (opened != null) {
            opened.close();
        }
    }

    static Stream<Example> examples() throws IOException {
        return commands(Files.readString(README)).stream()
                .filter(w -> w.get(0).equals("curl") || !w.contains("--list"))
                .map(Example::new);
    }

    @Test
    void theReadmeHasExamplesOfEveryKind() throws IOException {
        List<Example> all = examples().toList();
        for (String kind : List.of("--sparql", "--cypher", "--named", "--data-urlencode", "-d")) {
            assertTrue(all.stream().anyMatch(e -> e.words().contains(kind)), kind + " in " + all);
        }
        List<String> named = all.stream().filter(e -> e.words().contains("--named"))
                .map(e -> e.words().get(e.words().indexOf("--named") + 1)).distinct().toList();
        for (NamedQuery q : QueryCatalog.standard().queries()) {
            assertTrue(named.contains(q.name()) || q.parameters().stream().noneMatch(QueryParameter::required),
                    q.name() + " needs a value the README gives in an example");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void answersWithRows(Example example) throws IOException {
        List<String> w = example.words();
        if (w.get(0).equals("curl") && w.contains("--data-urlencode")) {
            String query = w.get(w.indexOf("--data-urlencode") + 1);
            assertTrue(query.startsWith("query="), query);
            assertRows(SparqlRunner.run(opened.store().dataset(), query.substring("query=".length())), "sparql");
        } else if (w.get(0).equals("curl")) {
            // Neo4j's Query API: a JSON body with the statement and its parameters.
            JsonNode body = new ObjectMapper().readTree(w.get(w.indexOf("-d") + 1));
            Map<String, Object> params = new ObjectMapper().convertValue(body.path("parameters"), new TypeReference<>() { });
            assertRows(CypherRunner.run(opened.neo4j().driver(), body.path("statement").asText(),
                    params == null ? Map.of() : params), "cypher");
        } else if (w.contains("--sparql")) {
            assertRows(SparqlRunner.run(opened.store().dataset(), w.get(w.indexOf("--sparql") + 1)), "sparql");
        } else if (w.contains("--cypher")) {
            assertRows(CypherRunner.run(opened.neo4j().driver(), w.get(w.indexOf("--cypher") + 1), Map.of()), "cypher");
        } else {
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < w.size() - 1; i++) {
                if (w.get(i).equals("--param")) {
                    String[] kv = w.get(i + 1).split("=", 2);
                    params.put(kv[0], kv[1]);
                }
            }
            bothEngines(QueryCatalog.standard().get(w.get(w.indexOf("--named") + 1)), params);
        }
    }

    static Stream<NamedQuery> answerableWithDefaults() {
        return QueryCatalog.standard().queries().stream()
                .filter(q -> q.parameters().stream().noneMatch(QueryParameter::required));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerableWithDefaults")
    void aNamedQueryAnswersWithRowsWithItsDefaults(NamedQuery query) {
        bothEngines(query, Map.of());
    }

    private static void bothEngines(NamedQuery query, Map<String, String> params) {
        ResultTable sparql = query.run(Engine.SPARQL, opened.store().dataset(), opened.neo4j().driver(), params);
        ResultTable cypher = query.run(Engine.CYPHER, opened.store().dataset(), opened.neo4j().driver(), params);
        assertRows(sparql, "sparql");
        assertRows(cypher, "cypher");
        assertEquals(sparql.rows(), cypher.rows(), "the same rows in both engines");
    }

    private static void assertRows(ResultTable table, String engine) {
        assertFalse(table.rows().isEmpty(), engine + " gave no row");
    }

    /**
     * The commands in the README's code blocks that start with {@code bin/papergraph query} or {@code curl}, as the
     * shell would split them: quotes may span lines, and a bracketed optional part ({@code [--engine cypher]}) is
     * left out.
     */
    static List<List<String>> commands(String readme) {
        List<List<String>> commands = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder command = null;
        for (String line : readme.lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (command != null) {
                command.append('\n').append(line);
            } else if (inBlock && (line.startsWith("bin/papergraph query") || line.startsWith("curl "))) {
                command = new StringBuilder(line);
            }
            if (command != null && command.chars().filter(c -> c == '\'').count() % 2 == 0) {
                commands.add(words(command.toString()));
                command = null;
            }
        }
        return commands;
    }

    private static List<String> words(String command) {
        List<String> words = ShellWords.split(command);
        List<String> required = new ArrayList<>();
        boolean optional = false;
        for (String w : words) {
            optional |= w.startsWith("[");
            if (!optional) {
                required.add(w);
            }
            optional &= !w.endsWith("]");
        }
        return required;
    }
}
