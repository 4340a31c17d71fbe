package org.papergraph.extractor.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.papergraph.extractor.model.Paper;

/** One JSON object a line: papergraph's fields or the arXiv metadata snapshot's. */
public final class JsonLinesReader implements PaperReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean detect(String head) {
        return head.stripLeading().startsWith("{");
    }

    @Override
    public void read(LineInput in, ReadListener listener) throws IOException {
        LineInput.Line line;
        while ((line = in.next()) != null) {
            String where = in.where(line.number());
            if (!line.valid()) {
                listener.problem(where, "not valid UTF-8; paper skipped");
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            Paper paper;
            try {
                paper = JsonPaperMapper.toPaper(JSON.readTree(line.text()), where, listener);
            } catch (JsonProcessingException e) {
                listener.problem(where, "malformed JSON (" + e.getOriginalMessage() + "); paper skipped");
                continue;
            } catch (IllegalArgumentException e) {
                listener.problem(where, e.getMessage() + "; paper skipped");
                continue;
            }
            // Outside the try: what the listener throws is its own failure, not a bad record.
            listener.paper(paper);
        }
    }
}
