package org.papergraph.queries.build;

/** No paper could be read from the inputs, so a build changed nothing. */
public final class NoPapersException extends RuntimeException {

    public NoPapersException(String message) {
        super(message);
    }
}
