package org.papergraph.queries.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What goes inside the page's script elements cannot end them early, and reads back as written. */
class GraphReportTest {

    static final String HOSTILE = "a </script><script>alert(1)</script> <!-- x --> & \u2028 \"q\" \\ é 𝔊";

    @Test
    void jsonStringsNeitherCloseTheScriptElementNorOpenAComment() throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ScriptSafeJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("title", HOSTILE);
            g.writeEndObject();
        }
        String json = out.toString();
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("title").asText(), "JSON readers get it back");
    }

    @Test
    void anInlinedScriptHasNoEndTagAndNoSourceMapReference() {
        String script = "var s = \"</script>\";\n//# sourceMappingURL=lib.min.js.map\n";
        assertEquals("var s = \"<\\/script>\";\n\n", GraphReport.inlineScript(script));
    }
}
