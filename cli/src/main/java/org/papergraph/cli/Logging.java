package org.papergraph.cli;

/**
 * Quiet logs by default. Libraries log through SLF4J into Neo4j's logging, which papergraph points at
 * a file under the data directory; {@code PAPERGRAPH_VERBOSE=1} adds stack traces to error messages.
 */
final class Logging {

    private static final boolean VERBOSE = "1".equals(System.getenv("PAPERGRAPH_VERBOSE"));

    private Logging() {
    }

    static boolean verbose() {
        return VERBOSE;
    }
}
