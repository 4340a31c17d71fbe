package org.papergraph.graph.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Writes the graph a Neo4j holds as the CSV files {@code neo4j-admin database import full} reads: papers, concepts,
 * concept keys and results with their labels and every property they have, papers' relations to concepts, keys' links
 * to their concepts, the shared-concept links, papers' results and results' links to concepts with theirs. Each group is a header file, written last with the types its
 * values turned out to have, and a data file.
 *
 * <pre>{@code
 * ImportCsvExporter.Csv csv = new ImportCsvExporter(driver).export(dir);
 * }</pre>
 */
public final class ImportCsvExporter {

    /** Separates labels and array elements: a control character no id, name or title holds. */
    public static final char ARRAY_DELIMITER = '\u001F';

    /** A header file and the data file it describes, with the rows written. */
    public record Source(Path header, Path data, long rows) {
    }

    /**
     * @param multilineFields whether some value holds a line break, so the import must read fields across lines
     */
    public record Csv(List<Source> nodes, List<Source> relationships, boolean multilineFields) {

        public long nodeCount() {
            return nodes.stream().mapToLong(Source::rows).sum();
        }

        public long relationshipCount() {
            return relationships.stream().mapToLong(Source::rows).sum();
        }
    }

    /**
     * A group of rows: its Cypher file (property keys, then rows), and the id spaces of its nodes or of its
     * relationships' ends. Papers, concepts and results are separate id spaces, as their ids may coincide. A node's import id
     * is its {@code id} property, or, for nodes without one (concept keys), an {@code id} column of the rows that is
     * not stored.
     *
     * @param idProperty whether the nodes' {@code id} property is their import id
     */
    private record Group(String name, String idSpace, boolean idProperty, String startSpace, String endSpace) {

        static Group nodes(String name, String idSpace, boolean idProperty) {
            return new Group(name, idSpace, idProperty, null, null);
        }

        static Group relationships(String name, String startSpace, String endSpace) {
            return new Group(name, null, false, startSpace, endSpace);
        }

        boolean isNodes() {
            return idSpace != null;
        }
    }

    private static final List<Group> NODES = List.of(Group.nodes("papers", "Paper", true),
            Group.nodes("concepts", "Concept", true), Group.nodes("concept-keys", "ConceptKey", false),
            Group.nodes("results", "Result", true));
    private static final List<Group> RELATIONSHIPS = List.of(Group.relationships("relations", "Paper", "Concept"),
            Group.relationships("key-of", "ConceptKey", "Concept"), Group.relationships("links", "Paper", "Paper"),
            Group.relationships("reports", "Paper", "Result"), Group.relationships("result-concepts", "Result", "Concept"));

    private final Driver driver;

    public ImportCsvExporter(Driver driver) {
        this.driver = driver;
    }

    /** Writes every group's files into {@code dir} (created if need be), but for groups without rows. */
    public Csv export(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Source> nodes = new ArrayList<>();
        List<Source> relationships = new ArrayList<>();
        boolean multiline = false;
        try (Session session = driver.session()) {
            for (Group g : NODES) {
                Written w = write(session, g, dir);
                if (w != null) {
                    nodes.add(w.source());
                    multiline |= w.multiline();
                }
            }
            for (Group g : RELATIONSHIPS) {
                Written w = write(session, g, dir);
                if (w != null) {
                    relationships.add(w.source());
                    multiline |= w.multiline();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Csv(List.copyOf(nodes), List.copyOf(relationships), multiline);
    }

    private record Written(Source source, boolean multiline) {
    }

    /** Writes a group's files; null, leaving none, when the group has no rows. */
    private static Written write(Session session, Group g, Path dir) throws IOException {
        List<String> statements = CypherFiles.statements("import-" + g.name());
        List<String> keys = session.executeRead(tx -> tx.run(statements.get(0)).list(r -> r.get("key").asString()));
        Path data = dir.resolve(g.name() + ".csv");
        // The read may be retried: each attempt writes the data file anew, so a retry writes no row twice.
        Columns columns = session.executeRead(tx -> {
            Columns c = new Columns(keys);
            try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
                Result rows = tx.run(statements.get(1));
                while (rows.hasNext()) {
                    out.write(c.row(g, rows.next()));
                    out.newLine();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + data, e);
            }
            return c;
        });
        Path header = dir.resolve(g.name() + "-header.csv");
        if (columns.rows == 0) {
            // An empty group is left out: a node group without rows declares no id space for relationships to name
            // (a graph without results has none), and the import would refuse them.
            Files.deleteIfExists(data);
            Files.deleteIfExists(header);
            return null;
        }
        Files.writeString(header, columns.header(g) + "\n", StandardCharsets.UTF_8);
        return new Written(new Source(header, data, columns.rows), columns.multiline);
    }

    /** The property columns of a group, in key order, and the type each one's values have shown so far. */
    private static final class Columns {
        private final Map<String, String> types = new LinkedHashMap<>();
        private long rows;
        private boolean multiline;

        Columns(List<String> keys) {
            keys.forEach(k -> types.put(k, null));
        }

        String row(Group g, Record r) {
            StringBuilder line = new StringBuilder();
            if (g.isNodes() && !g.idProperty()) {
                line.append(quoted(r.get("id").asString())).append(',');
            }
            if (g.isNodes()) {
                line.append(quoted(String.join(String.valueOf(ARRAY_DELIMITER),
                        r.get("labels").asList(Value::asString).stream().map(Columns::element).toList())));
            } else {
                line.append(quoted(r.get("start").asString())).append(',').append(quoted(r.get("end").asString()))
                        .append(',').append(quoted(r.get("type").asString()));
            }
            Map<String, Object> properties = r.get("properties").asMap();
            for (Map.Entry<String, String> column : types.entrySet()) {
                line.append(',');
                Object v = properties.get(column.getKey());
                if (v != null) {
                    column.setValue(merge(column.getValue(), type(v)));
                    line.append(field(v));
                }
            }
            rows++;
            return line.toString();
        }

        /** The header line: the group's id or ends, then every property with the type its values had. */
        String header(Group g) {
            List<String> names = new ArrayList<>();
            if (g.isNodes() && !g.idProperty()) {
                names.add(":ID(" + g.idSpace() + ")");
            }
            if (g.isNodes()) {
                names.add(":LABEL");
            } else {
                names.add(":START_ID(" + g.startSpace() + ")");
                names.add(":END_ID(" + g.endSpace() + ")");
                names.add(":TYPE");
            }
            types.forEach((key, type) -> names.add(g.isNodes() && g.idProperty() && key.equals("id")
                    ? "id:ID(" + g.idSpace() + ")"
                    : key + ":" + (type == null ? "string" : type.equals("[]") ? "string[]" : type)));
            return String.join(",", names);
        }

        private String field(Object v) {
            if (v instanceof List<?> list) {
                return quoted(String.join(String.valueOf(ARRAY_DELIMITER),
                        list.stream().map(e -> element(String.valueOf(e))).toList()));
            }
            return v instanceof String s ? quoted(s) : String.valueOf(v);
        }

        private String quoted(String s) {
            multiline |= s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
            return '"' + s.replace("\"", "\"\"") + '"';
        }

        private static String element(String s) {
            if (s.indexOf(ARRAY_DELIMITER) >= 0) {
                throw new IllegalArgumentException("cannot write a value holding U+001F, the array delimiter: "
                        + s.replace(ARRAY_DELIMITER, '?'));
            }
            return s;
        }

        /** The import type of a value: long, double, boolean or string, with [] for a list ("[]" alone when empty). */
        private static String type(Object v) {
            if (v instanceof List<?> list) {
                String element = null;
                for (Object e : list) {
                    element = merge(element, type(e));
                }
                return (element == null ? "" : element) + "[]";
            }
            if (v instanceof Long) {
                return "long";
            }
            if (v instanceof Double) {
                return "double";
            }
            return v instanceof Boolean ? "boolean" : "string";
        }

        /**
         * The type values of both types fit: the same, double for long and double, an empty list's for any list's,
         * or else string.
         */
        private static String merge(String a, String b) {
            if (a == null || a.equals(b)) {
                return b;
            }
            boolean array = a.endsWith("[]");
            if (array != b.endsWith("[]")) {
                return "string";
            }
            String x = array ? a.substring(0, a.length() - 2) : a;
            String y = array ? b.substring(0, b.length() - 2) : b;
            String merged = x.isEmpty() ? y : y.isEmpty() ? x
                    : Set.of(x, y).equals(Set.of("long", "double")) ? "double" : "string";
            return array ? merged + "[]" : merged;
        }
    }
}
