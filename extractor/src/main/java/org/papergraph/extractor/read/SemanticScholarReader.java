package org.papergraph.extractor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.Paper;

/**
 * Semantic Scholar papers as its Graph API gives them: one paper, an array (the batch endpoint), JSON Lines, or a
 * search page ({@code {"total": ..., "data": [...]}}). The id is derived as for other formats without an id of their
 * own (DOI, else arXiv id, else title), so the paper merges with its copies read from elsewhere; an arXiv paper's URL
 * is its arXiv page.
 */
public final class SemanticScholarReader implements PaperReader {

    private static final Pattern PAPER_ID_FIELD = Pattern.compile("[{,]\\s*\"paperId\"\\s*:");
    private static final int HEAD_BYTES = 8192;

    private final JsonRecords records = new JsonRecords("data", SemanticScholarReader::toPaper);

    @Override
    public String format() {
        return "semantic-scholar";
    }

    @Override
    public boolean detect(String head) {
        String s = head.stripLeading();
        return (s.startsWith("{") || s.startsWith("[")) && PAPER_ID_FIELD.matcher(s).find();
    }

    @Override
    public void read(LineInput in, ReadListener listener) throws IOException {
        records.read(in, listener, HEAD_BYTES);
    }

    static Paper toPaper(JsonNode paper, String where, ReadListener listener) {
        if (!paper.isObject()) {
            throw new IllegalArgumentException("expected a Semantic Scholar paper (a JSON object), found "
                    + paper.getNodeType().name().toLowerCase());
        }
        String title = JsonPaperMapper.text(paper, "title");
        if (title.isEmpty() && !paper.has("paperId") && (paper.has("error") || paper.has("message"))) {
            throw new IllegalArgumentException("a Semantic Scholar error, not a paper: " + MessageText.quote(
                    JsonPaperMapper.firstNonEmpty(JsonPaperMapper.text(paper, "error"),
                            JsonPaperMapper.text(paper, "message"))));
        }
        JsonNode external = paper.path("externalIds");
        String doi = PaperIds.bareDoi(JsonPaperMapper.text(external, "DOI"));
        String arxiv = JsonPaperMapper.text(external, "ArXiv");
        String url = arxiv.isEmpty() ? JsonPaperMapper.text(paper, "url") : PaperIds.arxivUrl(arxiv);
        String id = PaperIds.stableId(null, doi, url, title, m -> listener.warning(where, m));
        String date = JsonPaperMapper.firstNonEmpty(JsonPaperMapper.text(paper, "publicationDate"),
                JsonPaperMapper.text(paper, "year"));
        List<String> authors = new ArrayList<>();
        for (JsonNode a : paper.path("authors")) {
            String name = JsonPaperMapper.text(a, "name");
            if (!name.isEmpty()) {
                authors.add(name);
            }
        }
        Set<String> fields = new LinkedHashSet<>();
        paper.path("fieldsOfStudy").forEach(f -> fields.add(f.asText().strip()));
        paper.path("s2FieldsOfStudy").forEach(f -> fields.add(JsonPaperMapper.text(f, "category")));
        fields.remove("");
        return new Paper(id, title, JsonPaperMapper.text(paper, "abstract"), authors, JsonPaperMapper.emptyToNull(date),
                JsonPaperMapper.emptyToNull(doi), JsonPaperMapper.emptyToNull(url), List.copyOf(fields), where);
    }
}
