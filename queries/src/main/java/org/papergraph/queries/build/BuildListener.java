package org.papergraph.queries.build;

import java.nio.file.Path;

/** What a {@link GraphBuild} tells while it runs: warnings, and how far each long step has come. */
public interface BuildListener {

    /** A record skipped or changed, or a row a store refused: {@code file:line: message} where known. */
    default void warning(String message) {
    }

    /** A step of {@code total} units (papers) begins: {@code extract}, then {@code neo4j}. */
    default void stepStarted(String step, int total) {
    }

    /** {@code done} units of the current step are done. */
    default void stepProgress(int done) {
    }

    /** The RDF store is written and holds these counts; Neo4j's load comes next. */
    default void rdfWritten(Path store, long papers, long concepts, long mentions) {
    }

    /** The current step is over. */
    default void stepEnded() {
    }
}
