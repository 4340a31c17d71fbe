package org.papergraph.queries.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The named queries' files and headers, and how parameters are checked and typed. */
class QueryCatalogTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/papergraph/queries");
    private final QueryCatalog catalog = QueryCatalog.standard();

    @Test
    void everyQueryFileIsListedAndEveryListedQueryHasBothForms() throws IOException {
        for (String[] kind : new String[][] {{"sparql", ".rq"}, {"cypher", ".cypher"}}) {
            try (Stream<Path> files = Files.list(RESOURCES.resolve(kind[0]))) {
                Set<String> names = files.map(p -> p.getFileName().toString())
                        .map(n -> n.substring(0, n.length() - kind[1].length())).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(new TreeSet<>(catalog.names()), names, kind[0] + " files vs named-queries.txt");
            }
        }
        assertTrue(catalog.names().size() >= 10, catalog.names().toString());
        catalog.names().forEach(n -> assertTrue(n.matches("[a-z0-9]+(-[a-z0-9]+)*"), n + " is kebab-case"));
    }

    @Test
    void headersAreReadAndTheSparqlFormsParse() {
        for (NamedQuery q : catalog.queries()) {
            assertFalse(q.title().isBlank(), q.name());
            assertTrue(q.description().length() > 20, q.name());
            Query parsed = QueryFactory.create(q.sparql());
            assertTrue(parsed.isSelectType(), q.name());
            assertTrue(q.cypher().contains("RETURN"), q.name());
        }
        NamedQuery top = catalog.get("top-concepts");
        assertEquals("Top concepts of a type", top.title());
        assertEquals(List.of("type", "limit"), top.parameters().stream().map(QueryParameter::name).toList());
        QueryParameter type = top.parameters().get(0);
        assertEquals(List.of("Method", "Model", "Dataset", "Benchmark", "Task", "Metric"), type.choices());
        assertEquals("Method", type.defaultValue());
        assertTrue(catalog.get("similar-papers").description().contains("SHARES_CONCEPT"), "continuation lines are joined");
        assertTrue(catalog.get("similar-papers").parameters().get(0).required());
    }

    /** Values reach the queries only as variables ($x in Cypher, ?x in SPARQL), so each form must use them. */
    @Test
    void everyParameterIsAVariableInBothForms() {
        for (NamedQuery q : catalog.queries()) {
            for (QueryParameter p : q.parameters()) {
                assertTrue(Pattern.compile("\\$" + p.name() + "\\b").matcher(q.cypher()).find(), q.name() + " cypher $" + p.name());
                if (!p.name().equals("limit")) {
                    assertTrue(Pattern.compile("\\?" + p.name() + "\\b").matcher(body(q.sparql())).find(), q.name() + " sparql ?" + p.name());
                }
            }
        }
    }

    private static String body(String sparql) {
        return sparql.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
    }

    @Test
    void bindingTypesTheValuesAndFillsInDefaults() {
        NamedQuery top = catalog.get("top-concepts");
        assertEquals(Map.of("type", "Method", "limit", 10L), top.bind(Map.of()));
        assertEquals(Map.of("type", "Dataset", "limit", 3L), top.bind(Map.of("type", "Dataset", "limit", "3")));
        assertEquals(Map.of("method", ""), catalog.get("compared-with").bind(Map.of()));
        assertEquals(Map.of("concept", "lowrankadaptation", "limit", 100L),
                catalog.get("papers-using").bind(Map.of("concept", "Low-Rank Adaptations")), "bound as its lookup key");
    }

    /** Every query that takes a paper or concept looks it up by any of its names, never by the text as given. */
    @Test
    void everyParameterNamingAPaperOrConceptIsALookup() {
        Set<String> names = Set.of("concept", "method", "benchmark", "metric", "paper", "from", "to");
        int lookups = 0;
        for (NamedQuery q : catalog.queries()) {
            for (QueryParameter p : q.parameters()) {
                assertEquals(names.contains(p.name()), p.type() == QueryParameter.Type.LOOKUP,
                        q.name() + " " + p.name());
                lookups += p.type() == QueryParameter.Type.LOOKUP ? 1 : 0;
            }
        }
        assertEquals(12, lookups);
    }

    @Test
    void badParametersAreNamed() {
        NamedQuery top = catalog.get("top-concepts");
        assertMessage("has no parameter typo; its parameters: type, limit", () -> top.bind(Map.of("typo", "x")));
        assertMessage("'Methd' is not one of Method, Model", () -> top.bind(Map.of("type", "Methd")));
        assertMessage("parameter limit: 'ten' is not a whole number", () -> top.bind(Map.of("limit", "ten")));
        assertMessage("parameter limit: '-1' is not a whole number", () -> top.bind(Map.of("limit", "-1")));
        assertMessage("needs --param paper=...", () -> catalog.get("similar-papers").bind(Map.of()));
        assertMessage("no named query 'nope'; the named queries are: top-concepts", () -> catalog.get("nope"));
        assertMessage("unknown engine 'sql'", () -> Engine.parse("sql"));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
