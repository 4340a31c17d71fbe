package org.papergraph.queries.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CypherScriptExporterTest {

    @Test
    void literalsEscapeWhatWouldEndTheStringOrTheLine() {
        assertEquals("'it\\'s \\\\ a\\nb\\rc\\td'", CypherScriptExporter.literal("it's \\ a\nb\rc\td"));
        assertEquals("'\\u0001\\u2028\\u0085'", CypherScriptExporter.literal("\u0001\u2028\u0085"));
        assertFalse(CypherScriptExporter.literal("a\nb\u2029c").lines().count() > 1, "one line");
    }

    @Test
    void rowsAreMapsOfTypedValuesWithoutNulls() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "p1");
        row.put("year", 2024L);
        row.put("weight", 1e-5);
        row.put("specific", true);
        row.put("authors", List.of("A", "B"));
        row.put("doi", null);
        row.put("odd key", List.of());
        assertEquals("{id: 'p1', year: 2024, weight: 1.0E-5, specific: true, authors: ['A', 'B'], `odd key`: []}",
                CypherScriptExporter.literal(row));
    }

    @Test
    void namesNeedingIt() {
        assertEquals("SHARES_CONCEPT", CypherScriptExporter.name("SHARES_CONCEPT"));
        assertEquals("`a b`", CypherScriptExporter.name("a b"));
        assertEquals("`a``b`", CypherScriptExporter.name("a`b"));
    }

    @Test
    void aValueCypherCannotWriteIsRefused() {
        assertThrows(IllegalStateException.class, () -> CypherScriptExporter.literal(Double.NaN));
        assertThrows(IllegalStateException.class, () -> CypherScriptExporter.literal(Arrays.asList("a", null)));
    }
}
