package org.papergraph.graph.neo4j;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;

/** Sets the {@code neo4j} user's password through the system database, as neo4j-admin would. */
final class InitialPassword {

    private InitialPassword() {
    }

    static void set(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database("system");
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        } catch (RuntimeException e) {
            // Set by an earlier run over the same home: Neo4j refuses to set a password to itself.
            if (!String.valueOf(e.getMessage()).contains("same")) {
                throw e;
            }
        }
    }
}
