package org.papergraph.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the scorer's inputs: one JSON value a line, blank lines skipped (as score.py does). */
public final class Jsonl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jsonl() {
    }

    public static List<JsonNode> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The records of JSON Lines held in memory; {@code source} names them in an error, as a file's path would. */
    public static List<JsonNode> parse(String jsonl, String source) throws IOException {
        return parse(jsonl.lines().toList(), source);
    }

    private static List<JsonNode> parse(List<String> lines, String source) throws IOException {
        List<JsonNode> records = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.add(JSON.readTree(lines.get(i)));
            } catch (JsonProcessingException e) {
                throw new IOException(source + ":" + (i + 1) + ": malformed JSON (" + e.getOriginalMessage() + ")", e);
            }
        }
        return records;
    }
}
