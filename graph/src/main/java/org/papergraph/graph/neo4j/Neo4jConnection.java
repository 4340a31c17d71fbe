package org.papergraph.graph.neo4j;

import java.nio.file.Path;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * A driver to the Neo4j that papergraph works on: the in-process server over the data directory by
 * default, or any Neo4j given by URI. Closing it closes the driver and stops an in-process server.
 */
public final class Neo4jConnection implements AutoCloseable {

    private final Driver driver;
    private final EmbeddedNeo4j embedded;

    private Neo4jConnection(Driver driver, EmbeddedNeo4j embedded) {
        this.driver = driver;
        this.embedded = embedded;
    }

    /** Starts Neo4j in this process over {@code home} (data kept there between runs) on a free Bolt port. */
    public static Neo4jConnection embedded(Path home) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.create().home(home).start();
        try {
            return new Neo4jConnection(verified(neo4j.boltUri(), AuthTokens.none()), neo4j);
        } catch (RuntimeException e) {
            neo4j.close();
            throw e;
        }
    }

    /** Connects to a running Neo4j; fails with a message naming the server when it cannot be reached. */
    public static Neo4jConnection remote(String uri, String user, String password) {
        AuthToken auth = user == null ? AuthTokens.none() : AuthTokens.basic(user, password == null ? "" : password);
        return new Neo4jConnection(verified(uri, auth), null);
    }

    private static Driver verified(String uri, AuthToken auth) {
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad Neo4j URI " + uri + ": " + e.getMessage(), e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new IllegalStateException("cannot reach Neo4j at " + uri + " (" + e.getMessage() + ")", e);
        } catch (AuthenticationException e) {
            driver.close();
            throw new IllegalStateException("Neo4j at " + uri + " refused the credentials (" + e.getMessage() + ")", e);
        }
    }

    public Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
