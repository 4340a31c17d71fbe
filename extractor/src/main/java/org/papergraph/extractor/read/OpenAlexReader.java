package org.papergraph.extractor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.Paper;

/**
 * OpenAlex works: JSON Lines (as the snapshot holds them), an API result page ({@code {"meta": ..., "results":
 * [...]}}), an array, or one work. The abstract is rebuilt from {@code abstract_inverted_index}; the paper's id is
 * the OpenAlex id ({@code openalex:W2741809807}); concepts and topics become categories.
 */
public final class OpenAlexReader extends PagedJsonReader {

    private static final Pattern OPENALEX_WORK = Pattern.compile(
            "\"id\"\\s*:\\s*\"https://openalex\\.org/W|\"abstract_inverted_index\"\\s*:");
    private static final Pattern WORK_ID = Pattern.compile("(?:https://openalex\\.org/)?(W\\d+)");

    public OpenAlexReader() {
        super("openalex", "results", OPENALEX_WORK, "OpenAlex", "work");
    }

    @Override
    Paper toPaper(JsonNode work, String where, ReadListener listener) {
        String title = JsonPaperMapper.firstNonEmpty(JsonPaperMapper.text(work, "title"),
                JsonPaperMapper.text(work, "display_name"));
        String doi = PaperIds.bareDoi(JsonPaperMapper.text(work, "doi"));
        String url = JsonPaperMapper.text(work.path("primary_location"), "landing_page_url");
        var workId = WORK_ID.matcher(JsonPaperMapper.text(work, "id"));
        String givenId = workId.matches() ? "openalex:" + workId.group(1) : null;
        String id = PaperIds.stableId(givenId, doi, url, title, m -> listener.warning(where, m));
        String date = JsonPaperMapper.firstNonEmpty(JsonPaperMapper.text(work, "publication_date"),
                JsonPaperMapper.text(work, "publication_year"));
        return new Paper(id, title, abstractText(work.get("abstract_inverted_index")), authors(work),
                JsonPaperMapper.emptyToNull(date), JsonPaperMapper.emptyToNull(doi), JsonPaperMapper.emptyToNull(url),
                categories(work), where);
    }

    /** OpenAlex ships abstracts as word → positions; the words put back in position order. */
    static String abstractText(JsonNode index) {
        if (index == null || !index.isObject()) {
            return "";
        }
        Map<Integer, String> byPosition = new TreeMap<>();
        for (Map.Entry<String, JsonNode> word : index.properties()) {
            for (JsonNode position : word.getValue()) {
                if (position.canConvertToInt()) {
                    byPosition.putIfAbsent(position.intValue(), word.getKey());
                }
            }
        }
        return String.join(" ", byPosition.values()).replaceAll("\\s+", " ").strip();
    }

    private static List<String> authors(JsonNode work) {
        List<String> out = new ArrayList<>();
        for (JsonNode authorship : work.path("authorships")) {
            String name = JsonPaperMapper.firstNonEmpty(JsonPaperMapper.text(authorship.path("author"), "display_name"),
                    JsonPaperMapper.text(authorship, "raw_author_name"));
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** Topics first (OpenAlex's current classification), then the older concepts, each name once. */
    private static List<String> categories(JsonNode work) {
        Set<String> out = new LinkedHashSet<>();
        for (String field : List.of("topics", "concepts")) {
            for (JsonNode c : work.path(field)) {
                String name = JsonPaperMapper.text(c, "display_name");
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }
}
