package org.papergraph.queries.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/** Runs a Cypher query with parameters in a read transaction: a query given at the command line never writes. */
public final class CypherRunner {

    private CypherRunner() {
    }

    public static ResultTable run(Driver driver, String query, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(query, params);
                List<String> columns = result.keys();
                List<List<String>> rows = new ArrayList<>();
                for (Record r : result.list()) {
                    List<String> row = new ArrayList<>(columns.size());
                    for (String c : columns) {
                        row.add(text(r.get(c)));
                    }
                    rows.add(row);
                }
                return new ResultTable(columns, rows);
            });
        } catch (ClientException e) {
            throw new IllegalArgumentException("Cypher error: " + e.getMessage(), e);
        }
    }

    private static String text(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        Object o = v.asObject();
        if (o instanceof Node n) {
            return n.labels() + n.asMap().toString();
        }
        if (o instanceof Relationship r) {
            return r.type() + r.asMap().toString();
        }
        if (o instanceof Number number) {
            return ResultTable.number(number);
        }
        return o instanceof String s ? s : o.toString();
    }
}
