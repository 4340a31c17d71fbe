package org.papergraph.extractor.read;

import java.io.IOException;

/**
 * A JSON export: one array of paper objects, read element by element so a large export is never
 * held whole. A malformed element ends the read (JSON has no record boundary to resume from).
 */
public final class JsonArrayReader implements PaperReader {

    private final JsonRecords records = new JsonRecords(null, JsonPaperMapper::toPaper);

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
        records.readDocument(in, listener);
    }
}
