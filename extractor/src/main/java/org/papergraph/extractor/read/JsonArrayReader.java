package org.papergraph.extractor.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import org.papergraph.extractor.model.Paper;

/**
 * A JSON export: one array of paper objects, read element by element so a large export is never
 * held whole. A malformed element ends the read (JSON has no record boundary to resume from).
 */
public final class JsonArrayReader implements PaperReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public boolean detect(String head) {
        return head.stripLeading().startsWith("[");
    }

    @Override
    public void read(LineInput in, ReadListener listener) throws IOException {
        try (Reader reader = in.asReader(listener); JsonParser p = JSON.getFactory().createParser(reader)) {
            try {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    listener.problem(in.where(1), "expected a JSON array of papers");
                    return;
                }
            } catch (JsonProcessingException e) {
                listener.problem(in.where(e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                        "malformed JSON (" + e.getOriginalMessage() + "); file skipped");
                return;
            }
            while (true) {
                int lineNo = p.currentLocation().getLineNr();
                JsonToken t;
                Paper paper;
                try {
                    t = p.nextToken();
                    if (t == null || t == JsonToken.END_ARRAY) {
                        return;
                    }
                    lineNo = p.currentLocation().getLineNr();
                    JsonNode node = JSON.readTree(p);
                    paper = JsonPaperMapper.toPaper(node, in.where(lineNo), listener);
                } catch (JsonProcessingException e) {
                    listener.problem(in.where(e.getLocation() == null ? lineNo : e.getLocation().getLineNr()),
                            "malformed JSON (" + e.getOriginalMessage() + "); the rest of this file is skipped");
                    return;
                } catch (IllegalArgumentException e) {
                    listener.problem(in.where(lineNo), e.getMessage() + "; paper skipped");
                    continue;
                }
                // Outside the try: what the listener throws is its own failure, not a bad record.
                listener.paper(paper);
            }
        }
    }
}
