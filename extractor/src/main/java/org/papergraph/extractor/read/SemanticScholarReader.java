package org.papergraph.extractor.read;

import com.fasterxml.jackson.databind.JsonNode;
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
public final class SemanticScholarReader extends PagedJsonReader {

    /** A key, not text: inside a JSON string its quotes would be escaped. */
    private static final Pattern PAPER_ID_FIELD = Pattern.compile("[{,]\\s*\"paperId\"\\s*:");

    public SemanticScholarReader() {
        super("semantic-scholar", "data", PAPER_ID_FIELD, "Semantic Scholar", "paper");
    }

    @Override
    Paper toPaper(JsonNode paper, String where, ReadListener listener) {
        String title = JsonPaperMapper.text(paper, "title");
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
