package org.papergraph.queries.export;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.papergraph.graph.load.CypherFiles;

/**
 * Papers, concepts and their relationships as the graph files (GraphML, GEXF) hold them, streamed from Neo4j in one
 * read transaction: nodes first, then edges. The transaction is not retried, as the driver's transaction functions
 * would: records are written out as they arrive, and a retry would write them twice.
 */
final class PropertyGraphRead implements AutoCloseable {

    /** A paper or concept, keyed {@code paper:<id>} or {@code concept:<id>}. */
    record Node(String key, List<String> labels, Map<String, Object> properties) {
    }

    /** A relationship between the nodes of these keys. */
    record Edge(String source, String target, String type, Map<String, Object> properties) {
    }

    private final Session session;
    private final Transaction tx;

    private PropertyGraphRead(Session session) {
        this.session = session;
        this.tx = session.beginTransaction();
    }

    static PropertyGraphRead open(Driver driver) {
        Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
        try {
            return new PropertyGraphRead(session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    Iterator<Node> nodes() {
        return tx.run(CypherFiles.statement("export-nodes")).stream()
                .map(r -> new Node(r.get("key").asString(), r.get("labels").asList(Value::asString), properties(r)))
                .iterator();
    }

    Iterator<Edge> edges() {
        return tx.run(CypherFiles.statement("export-edges")).stream()
                .map(r -> new Edge(r.get("source").asString(), r.get("target").asString(), r.get("type").asString(),
                        properties(r)))
                .iterator();
    }

    private static Map<String, Object> properties(Record r) {
        return r.get("properties").asMap();
    }

    @Override
    public void close() {
        try (session; tx) {
            // a read: nothing to commit
        }
    }
}
