package org.papergraph.extractor.read;

import org.papergraph.extractor.model.Paper;

/** Receives what a {@link PaperReader} finds: papers, and records it had to skip. */
public interface ReadListener {

    void paper(Paper paper);

    /** A record that could not be read; {@code where} is {@code file:line}. */
    void problem(String where, String reason);
}
