package org.papergraph.graph.neo4j;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.event.GlobalTransactionEventListeners;

/**
 * Refuses every change to Neo4j's system database: users, passwords, roles and databases. A read-only default
 * database still leaves the system database writable, and Community Edition lets anyone who can connect (everyone,
 * with authentication off) administer it, so the refusal happens at commit, whoever asks and however.
 */
final class SystemDatabaseGuard implements TransactionEventListener<Void> {

    private static final String DATABASE = "system";

    /**
     * Installs the guard. The public registration refuses the system database, so it goes through the registry that
     * public registration itself feeds, which every database, the system one included, asks at commit.
     */
    static void install(DatabaseManagementService dbms) {
        ((GraphDatabaseAPI) dbms.database(DATABASE)).getDependencyResolver()
                .resolveDependency(GlobalTransactionEventListeners.class)
                .registerTransactionEventListener(DATABASE, new SystemDatabaseGuard());
    }

    @Override
    public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        throw new SecurityException("this Neo4j does not allow administration: users, passwords, roles and "
                + "databases cannot be changed here");
    }

    @Override
    public void afterCommit(TransactionData data, Void state, GraphDatabaseService database) {
    }

    @Override
    public void afterRollback(TransactionData data, Void state, GraphDatabaseService database) {
    }
}
