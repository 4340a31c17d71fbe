package org.papergraph.extractor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.Paper;

/**
 * Turns one JSON object into a paper. Takes papergraph's own field names and the arXiv metadata
 * snapshot's as they are ({@code update_date}, {@code journal-ref}, authors as one string,
 * categories space-separated, values broken over lines with extra spaces).
 */
final class JsonPaperMapper {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b)\\s*");

    private JsonPaperMapper() {
    }

    /**
     * The paper in {@code node}, or an exception whose message says what is wrong with it. What is read
     * but changed on the way (an id that cannot be a key) is told to {@code listener} as a warning.
     */
    static Paper toPaper(JsonNode node, String where, ReadListener listener) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, found " + node.getNodeType().name().toLowerCase());
        }
        String title = text(node, "title");
        String abstractText = text(node, "abstract");
        String doi = text(node, "doi");
        String url = text(node, "url");
        String date = firstNonEmpty(text(node, "date"), text(node, "published"), text(node, "update_date"),
                text(node, "year"));
        String id = PaperIds.stableId(text(node, "id"), doi, url, title, m -> listener.warning(where, m));
        return new Paper(id, title, abstractText, authors(node.get("authors")), emptyToNull(date),
                emptyToNull(doi), emptyToNull(url), categories(node.get("categories")), where);
    }

    /** The field's value as one line of text, spacing collapsed; empty when absent or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        String s = v.isValueNode() ? v.asText() : v.toString();
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    private static List<String> authors(JsonNode v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode a : v) {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                name = SPACE.matcher(name).replaceAll(" ").strip();
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        } else {
            for (String a : AUTHOR_SPLIT.split(SPACE.matcher(v.asText()).replaceAll(" "))) {
                if (!a.isBlank()) {
                    out.add(a.strip());
                }
            }
        }
        return out;
    }

    private static List<String> categories(JsonNode v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            v.forEach(c -> out.add(c.asText().strip()));
            return out;
        }
        return Arrays.stream(SPACE.split(v.asText().strip())).filter(c -> !c.isEmpty()).toList();
    }

    static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
