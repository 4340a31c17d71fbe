package org.papergraph.extractor.read;

import java.io.IOException;

/** One JSON object a line: papergraph's fields or the arXiv metadata snapshot's. */
public final class JsonLinesReader implements PaperReader {

    private final JsonRecords records = new JsonRecords(null, JsonPaperMapper::toPaper);

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
        records.readLines(in, listener);
    }
}
