package org.papergraph.queries.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.papergraph.graph.load.CypherFiles;

/**
 * Writes the graph Neo4j holds as a Cypher script that makes it again in an empty Neo4j 5, as cypher-shell
 * ({@code cypher-shell -f graph.cypher}) and Neo4j Browser run a script: papergraph's constraints and indexes first, so
 * every lookup below is an index seek, then batches of rows, each a {@code :param rows => [...]} line (a list of maps,
 * on one line as both tools read a command) and the statement that creates them ({@code UNWIND $rows AS row ...;}).
 * Papers, concepts, results and concept keys (each with its links to its concepts: a key has no id to find it by)
 * come before the relationships between them. Rows stream from Neo4j in one read transaction; a batch of each label set
 * and relationship type is held at a time.
 *
 * <p>The node recording which store revision Neo4j holds is left out, as in the neo4j-admin import files: a build
 * against the new database loads it whole.
 */
final class CypherScriptExporter {

    /** Rows a statement creates: bounded, so that no transaction grows with the graph. */
    static final int BATCH = 1000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private CypherScriptExporter() {
    }

    /** Writes the script; returns what it creates. */
    static String write(Driver driver, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("// papergraph's graph as Cypher, for an empty Neo4j 5:"
                + " cypher-shell -f FILE, or paste it into Neo4j Browser.\n");
        w.write("// Each :param line sets $rows for the statement after it.\n");
        for (String s : schema()) {
            w.write(s.replaceAll("\\s+", " ") + ";\n");
        }
        Batches batches = new Batches(w);
        long nodes = 0;
        long relationships = 0;
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction()) {
            for (String group : List.of("import-papers", "import-concepts", "import-results")) {
                for (Record r : iterable(tx.run(CypherFiles.statements(group).get(1)))) {
                    batches.add("UNWIND $rows AS row CREATE (n" + labels(r) + ") SET n = row;",
                            literal(r.get("properties").asMap()));
                    nodes++;
                }
                batches.flush();
            }
            for (Record r : iterable(tx.run(CypherFiles.statement("export-concept-keys")))) {
                List<Object> links = r.get("keyOf").asList(Value::asObject);
                batches.add("UNWIND $rows AS row CREATE (k" + labels(r) + ") SET k = row.properties"
                                + " WITH k, row UNWIND row.links AS link MATCH (c:Concept {id: link.concept})"
                                + " CREATE (k)-[r:KEY_OF]->(c) SET r = link.properties;",
                        literal(row("properties", r.get("properties").asMap(), "links", links)));
                nodes++;
                relationships += links.size();
            }
            batches.flush();
            // Each file's relationships with the labels of their ends.
            String[][] groups = {{"import-relations", "Paper", "Concept"}, {"import-links", "Paper", "Paper"},
                    {"import-reports", "Paper", "Result"}, {"import-result-concepts", "Result", "Concept"}};
            for (String[] group : groups) {
                for (Record r : iterable(tx.run(CypherFiles.statements(group[0]).get(1)))) {
                    batches.add("UNWIND $rows AS row MATCH (a:" + group[1] + " {id: row.source}) MATCH (b:" + group[2]
                                    + " {id: row.target}) CREATE (a)-[r:" + name(r.get("type").asString())
                                    + "]->(b) SET r = row.properties;",
                            literal(row("source", r.get("start").asString(), "target", r.get("end").asString(),
                                    "properties", r.get("properties").asMap())));
                    relationships++;
                }
                batches.flush();
            }
        }
        w.flush();
        return nodes + " nodes, " + relationships + " relationships";
    }

    /**
     * papergraph's constraints and indexes. The load's schema file also drops indexes of earlier layouts, which an
     * empty Neo4j never had: only its CREATE statements are written.
     */
    static List<String> schema() {
        return CypherFiles.statements("schema").stream().filter(s -> s.startsWith("CREATE ")).toList();
    }

    /** Rows waiting for their statement, by statement; a statement's rows go out once there are {@link #BATCH}. */
    private static final class Batches {
        private final Writer out;
        private final Map<String, List<String>> rows = new LinkedHashMap<>();

        Batches(Writer out) {
            this.out = out;
        }

        void add(String statement, String row) throws IOException {
            List<String> batch = rows.computeIfAbsent(statement, s -> new ArrayList<>());
            batch.add(row);
            if (batch.size() == BATCH) {
                write(statement, batch);
            }
        }

        /** Writes every batch held. */
        void flush() throws IOException {
            for (Map.Entry<String, List<String>> e : rows.entrySet()) {
                write(e.getKey(), e.getValue());
            }
            rows.clear();
        }

        private void write(String statement, List<String> batch) throws IOException {
            if (batch.isEmpty()) {
                return;
            }
            out.write(":param rows => [");
            out.write(String.join(", ", batch));
            out.write("]\n");
            out.write(statement);
            out.write('\n');
            batch.clear();
        }
    }

    /** A row of these keys and values, in this order: the script reads the same from one export to the next. */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static Iterable<Record> iterable(Result result) {
        return () -> result;
    }

    /** A node's labels as a pattern writes them: {@code :Concept:Method}. */
    private static String labels(Record r) {
        StringBuilder b = new StringBuilder();
        r.get("labels").asList(Value::asString).forEach(l -> b.append(':').append(name(l)));
        return b.toString();
    }

    /** A label, type or key as Cypher names it, in backticks unless it is a plain name. */
    static String name(String name) {
        return NAME.matcher(name).matches() ? name : '`' + name.replace("`", "``") + '`';
    }

    /** A property value, row or list of them as a Cypher literal; a map leaves out its null values. */
    static String literal(Object value) {
        StringBuilder b = new StringBuilder();
        literal(b, value);
        return b.toString();
    }

    private static void literal(StringBuilder b, Object v) {
        if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Double d && Double.isFinite(d)) {
            b.append(d);
        } else if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ", ");
                literal(b, list.get(i));
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> map) {
            b.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() != null) {
                    b.append(sep).append(name(String.valueOf(e.getKey()))).append(": ");
                    literal(b, e.getValue());
                    sep = ", ";
                }
            }
            b.append('}');
        } else {
            throw new IllegalStateException("the Cypher script cannot hold the value " + v
                    + (v == null ? "" : " (" + v.getClass().getSimpleName() + ")"));
        }
    }

    /**
     * A string literal in single quotes. Line breaks and every other control or separator character are escaped, so a
     * row list stays on its one line.
     */
    private static void string(StringBuilder b, String s) {
        b.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('\'');
    }
}
