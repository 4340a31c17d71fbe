package org.papergraph.extractor.read;

import java.io.IOException;

/**
 * Reads one input format into papers. Implementations are listed in {@link Readers} and picked by
 * {@link #detect(String)} on the first characters of the input, or by name with {@code --format}.
 * A reader reports a bad record through {@link ReadListener#problem} and goes on with the next one.
 */
public interface PaperReader {

    /** The name used with {@code --format}: {@code pdf}, {@code bibtex}, {@code jsonl}... */
    String format();

    /**
     * True when text starting with {@code head} (decoded leniently as UTF-8, at most a few KB) is in this format;
     * false when unsure, so that a reader asked later may take it.
     */
    boolean detect(String head);

    /** Reads every record of {@code in}, giving papers and problems to {@code listener}. */
    void read(LineInput in, ReadListener listener) throws IOException;
}
