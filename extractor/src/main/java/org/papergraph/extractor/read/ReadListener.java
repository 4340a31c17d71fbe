package org.papergraph.extractor.read;

import org.papergraph.extractor.model.Paper;

/** Receives what a {@link PaperReader} finds: papers, records it had to skip, and what it changed on the way. */
public interface ReadListener {

    void paper(Paper paper);

    /** A record that could not be read; {@code where} is {@code file:line}. */
    void problem(String where, String reason);

    /** A record that was read, but not quite as written (an id replaced, say); {@code where} is {@code file:line}. */
    void warning(String where, String message);
}
