package org.papergraph.extractor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.Paper;

/**
 * The JSON of a scholarly API, as saved from it or from its snapshots: records one a line, an array of them, one
 * record, or an API result page holding them in one field. Detected by a field only that API's records have.
 */
abstract class PagedJsonReader implements PaperReader {

    private static final int HEAD_BYTES = 8192;

    private final String format;
    private final Pattern marker;
    private final String api;
    private final String record;
    private final JsonRecords records;

    /**
     * @param pageField the field of a result page that holds its records
     * @param marker    found in the first characters of this API's JSON, and nowhere else's
     * @param api       the API's name, and {@code record} what it calls a record, for messages
     */
    PagedJsonReader(String format, String pageField, Pattern marker, String api, String record) {
        this.format = format;
        this.marker = marker;
        this.api = api;
        this.record = record;
        this.records = new JsonRecords(pageField, this::checkedPaper);
    }

    /** One record, a JSON object, into a paper, or an {@link IllegalArgumentException} saying what is wrong with it. */
    abstract Paper toPaper(JsonNode record, String where, ReadListener listener);

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final boolean detect(String head) {
        String s = head.stripLeading();
        return (s.startsWith("{") || s.startsWith("[")) && marker.matcher(s).find();
    }

    @Override
    public final void read(LineInput in, ReadListener listener) throws IOException {
        records.read(in, listener, HEAD_BYTES);
    }

    /**
     * A record that is no JSON object (a batch answer gives null for an id it does not know) or an error the API
     * answered with (saved in place of a page) is no paper.
     */
    private Paper checkedPaper(JsonNode node, String where, ReadListener listener) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object (" + api + " " + record + "), found "
                    + node.getNodeType().name().toLowerCase());
        }
        if (!node.has("title") && (node.has("error") || node.has("message"))) {
            throw new IllegalArgumentException("an error " + api + " answered, not a " + record + ": "
                    + MessageText.quote(JsonPaperMapper.firstNonEmpty(JsonPaperMapper.text(node, "message"),
                            JsonPaperMapper.text(node, "error"))));
        }
        return toPaper(node, where, listener);
    }
}
