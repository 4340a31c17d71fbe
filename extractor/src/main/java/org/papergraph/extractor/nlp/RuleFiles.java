package org.papergraph.extractor.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads the rule data files ({@code org/papergraph/extractor/rules/}): one entry a line, tab-separated columns. */
public final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * Gives {@code row} the columns of each line of a rule file, blank lines and {@code #} comments left out.
     *
     * @param header whether the first line left is a header of column names, not an entry
     * @throws IllegalStateException naming the file and line of a line {@code row} cannot take, or a missing file
     */
    public static void lines(String file, boolean header, Consumer<String[]> row) {
        String path = "/org/papergraph/extractor/rules/" + file;
        try (InputStream in = RuleFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean first = true;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (first && header) {
                    first = false;
                    continue;
                }
                first = false;
                try {
                    row.accept(line.strip().split("\t"));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(path + ":" + n + ": cannot read '" + line + "' (" + e + ")", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
