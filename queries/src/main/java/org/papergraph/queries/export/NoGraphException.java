package org.papergraph.queries.export;

/** The data directory holds no graph to export. */
public final class NoGraphException extends RuntimeException {

    public NoGraphException(String message) {
        super(message);
    }
}
