package org.papergraph.queries.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The graph files colour nodes as papergraph's Neo4j Browser style does. */
class NodeColoursTest {

    @Test
    void eachLabelHasItsBrowserColour() throws IOException {
        String grass;
        try (InputStream in = NodeColoursTest.class.getResourceAsStream(
                "/org/papergraph/queries/serve/browser/papergraph.grass")) {
            assertNotNull(in, "the Browser style");
            grass = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher style = Pattern.compile("node\\.(\\w+) \\{[^}]*?\\bcolor: (#[0-9A-Fa-f]{6});").matcher(grass);
        int labels = 0;
        while (style.find()) {
            assertEquals(style.group(2).toUpperCase(Locale.ROOT), NodeColours.hex(NodeColours.of(List.of(style.group(1)))),
                    style.group(1));
            labels++;
        }
        assertEquals(9, labels, "Paper, Concept, six concept types and Result");
        assertEquals(NodeColours.of(List.of("Concept", "Metric")), NodeColours.of(List.of("Metric", "Concept")));
    }
}
