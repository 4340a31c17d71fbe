package org.papergraph.graph.neo4j;

/** The in-process Neo4j did not start over its home directory. */
public final class Neo4jStartException extends IllegalStateException {

    private final boolean heldByAnotherProcess;

    Neo4jStartException(String message, boolean heldByAnotherProcess) {
        super(message);
        this.heldByAnotherProcess = heldByAnotherProcess;
    }

    /** Whether another live process has the home open: then its database is fine, only not this process's to use. */
    public boolean heldByAnotherProcess() {
        return heldByAnotherProcess;
    }
}
