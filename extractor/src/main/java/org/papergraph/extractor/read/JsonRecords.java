package org.papergraph.extractor.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import org.papergraph.extractor.model.Paper;

/**
 * The records of a JSON input, however they are laid out: one JSON value a line (JSON Lines), or the whole input as
 * one value, an array of records read element by element so a large export is never held whole. A format whose API
 * answers in pages ({@code {"meta": ..., "results": [...]}}) names the field holding the page's records, which are
 * read as records, a line's page or the document's alike. A malformed line costs its records; a malformed document
 * ends the read (JSON has no record boundary to resume from).
 */
final class JsonRecords {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One record into a paper, or an {@link IllegalArgumentException} saying what is wrong with it. */
    interface Mapper {
        Paper toPaper(JsonNode record, String where, ReadListener listener);
    }

    private final String pageField;
    private final Mapper mapper;

    /** {@code pageField} is null for a format without pages: a top-level object is then a record. */
    JsonRecords(String pageField, Mapper mapper) {
        this.pageField = pageField;
        this.mapper = mapper;
    }

    /**
     * Whether the input starting with {@code head} holds one JSON value a line: its first value ends on its first
     * line, or runs past the head without a line break. A value broken over lines is a document.
     */
    static boolean oneValueALine(String head) {
        String s = head.stripLeading();
        if (s.startsWith("[")) {
            return false;
        }
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return true;
                }
            } else if (c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Reads the input as one JSON value a line, or as one document, whichever its head shows. */
    void read(LineInput in, ReadListener listener, int headBytes) throws IOException {
        if (oneValueALine(in.head(headBytes))) {
            readLines(in, listener);
        } else {
            readDocument(in, listener);
        }
    }

    /** One JSON value a line: a record, or a page of them. */
    void readLines(LineInput in, ReadListener listener) throws IOException {
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
            JsonNode node;
            try {
                node = JSON.readTree(line.text());
            } catch (JsonProcessingException e) {
                listener.problem(where, "malformed JSON (" + e.getOriginalMessage() + "); paper skipped");
                continue;
            }
            JsonNode page = pageField == null || !node.isObject() ? null : node.get(pageField);
            if (page != null && page.isArray()) {
                page.forEach(record -> map(record, where, listener));
            } else {
                map(node, where, listener);
            }
        }
    }

    /** The input as one JSON value: an array of records, or (for a format with pages) a page or one record. */
    void readDocument(LineInput in, ReadListener listener) throws IOException {
        try (Reader reader = in.asReader(listener); JsonParser p = JSON.getFactory().createParser(reader)) {
            JsonToken first;
            try {
                first = p.nextToken();
            } catch (JsonProcessingException e) {
                listener.problem(in.where(lineOf(e, 1)), "malformed JSON (" + e.getOriginalMessage() + "); file skipped");
                return;
            }
            if (first == JsonToken.START_ARRAY) {
                readElements(p, in, listener);
            } else if (first == JsonToken.START_OBJECT && pageField != null) {
                readObject(p, in, listener);
            } else {
                listener.problem(in.where(1), pageField == null ? "expected a JSON array of papers"
                        : "expected a JSON array of papers, a page of them or one paper");
            }
        }
    }

    /** A top-level object: a page whose records are streamed, or else one record. */
    private void readObject(JsonParser p, LineInput in, ReadListener listener) throws IOException {
        int lineNo = p.currentLocation().getLineNr();
        ObjectNode rest = JSON.createObjectNode();
        boolean paged = false;
        try {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(pageField) && value == JsonToken.START_ARRAY) {
                    paged = true;
                    if (!readElements(p, in, listener)) {
                        return;
                    }
                } else {
                    rest.set(name, JSON.readTree(p));
                }
            }
        } catch (JsonProcessingException e) {
            listener.problem(in.where(lineOf(e, lineNo)),
                    "malformed JSON (" + e.getOriginalMessage() + "); the rest of this file is skipped");
            return;
        }
        if (!paged) {
            map(rest, in.where(lineNo), listener);
        }
    }

    /** The elements of the array just opened, each a record; false when the array was malformed (already told). */
    private boolean readElements(JsonParser p, LineInput in, ReadListener listener) throws IOException {
        while (true) {
            int lineNo = p.currentLocation().getLineNr();
            JsonNode node;
            try {
                JsonToken t = p.nextToken();
                if (t == null || t == JsonToken.END_ARRAY) {
                    return true;
                }
                lineNo = p.currentLocation().getLineNr();
                node = JSON.readTree(p);
            } catch (JsonProcessingException e) {
                listener.problem(in.where(lineOf(e, lineNo)),
                        "malformed JSON (" + e.getOriginalMessage() + "); the rest of this file is skipped");
                return false;
            }
            map(node, in.where(lineNo), listener);
        }
    }

    private void map(JsonNode record, String where, ReadListener listener) {
        Paper paper;
        try {
            paper = mapper.toPaper(record, where, listener);
        } catch (IllegalArgumentException e) {
            listener.problem(where, e.getMessage() + "; paper skipped");
            return;
        }
        // Outside the try: what the listener throws is its own failure, not a bad record.
        listener.paper(paper);
    }

    private static int lineOf(JsonProcessingException e, int otherwise) {
        return e.getLocation() == null ? otherwise : e.getLocation().getLineNr();
    }
}
