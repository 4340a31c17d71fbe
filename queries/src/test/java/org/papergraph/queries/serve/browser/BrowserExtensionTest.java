package org.papergraph.queries.serve.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.ConceptType;

/** papergraph's grass read into the form Neo4j Browser keeps its style in. */
class BrowserExtensionTest {

    @Test
    void grassRulesAreReadAsTheBrowserStoresThem() {
        Map<String, Map<String, String>> rules = BrowserExtension.rules("""
                node {
                  diameter: 100px;
                  caption: "{name}";
                }

                relationship.SHARES_CONCEPT { color: #2870C2; caption: "<type>" }
                """);
        assertEquals(Map.of("node", Map.of("diameter", "100px", "caption", "{name}"),
                "relationship.SHARES_CONCEPT", Map.of("color", "#2870C2", "caption", "<type>")), rules);
    }

    @Test
    void papergraphsStyleHasARuleForPapersAndEachConceptType() {
        Map<String, Map<String, String>> rules = BrowserExtension.rules(BrowserExtension.read(BrowserExtension.STYLE));
        assertEquals("{title}", rules.get("node.Paper").get("caption"));
        for (ConceptType t : ConceptType.values()) {
            assertEquals("{name}", rules.get("node." + t.label()).get("caption"), t.label());
            assertTrue(rules.get("node." + t.label()).get("color").matches("#[0-9A-F]{6}"), t.label());
        }
    }
}
