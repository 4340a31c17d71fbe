package org.papergraph.queries.build;

import java.nio.file.Path;
import org.papergraph.graph.load.GraphSync;

/**
 * What a {@link GraphBuild} tells while it runs: warnings, and how far each long step has come. The steps, each
 * counted in papers: {@code extract}, then {@code neo4j} (papers written) and {@code links} (papers ranking theirs).
 */
public interface BuildListener extends GraphSync.Listener {

    /** A record skipped or changed, or a row a store refused: {@code file:line: message} where known. */
    default void warning(String message) {
    }

    /** The RDF store is written and holds these counts; Neo4j's load comes next. */
    default void rdfWritten(Path store, long papers, long concepts, long mentions, long results) {
    }
}
