package org.papergraph.cli;

/** Quiet logs by default (warnings only); {@code -v} or PAPERGRAPH_VERBOSE=1 shows what the libraries say. */
final class Logging {

    private static boolean verbose;

    private Logging() {
    }

    static void quiet() {
        verbose = "1".equals(System.getenv("PAPERGRAPH_VERBOSE"));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // CoreNLP's tokenizer reports every untokenizable character; papergraph handles them itself.
        System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp", verbose ? "info" : "error");
    }

    static boolean verbose() {
        return verbose;
    }
}
