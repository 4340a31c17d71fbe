package org.papergraph.queries.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ready-made queries: {@code org/papergraph/queries/named-queries.txt} lists their names, and each name
 * has {@code sparql/NAME.rq} and {@code cypher/NAME.cypher} beside it. Both files start with the same header
 * of comment lines, which the catalog reads:
 *
 * <pre>
 * # title: Top concepts of a type
 * # description: The concepts of one type that the most papers name ...
 * #   (lines indented under a key continue it)
 * # param: type Method|Model|Dataset|Benchmark|Task|Metric = "Method" -- The concept type.
 * # param: limit integer = "10" -- How many concepts to list.
 * # param: paper lookup -- The paper's id or title.     (no default: required)
 * </pre>
 *
 * ({@code //} instead of {@code #} in Cypher). A parameter's type is {@code string}, {@code integer}, {@code lookup}
 * (a paper or concept by any of its names, bound as its lookup key) or a list of allowed values separated by
 * {@code |}.
 */
public final class QueryCatalog {

    private static final String INDEX = "/org/papergraph/queries/named-queries.txt";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KEY = Pattern.compile("^ (title|description|param):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "(?<name>[a-z][A-Za-z0-9]*)\\s+(?<type>\\S+)(\\s*=\\s*\"(?<default>[^\"]*)\")?\\s+--\\s+(?<description>.+)");
    private static volatile QueryCatalog standard;

    private final Map<String, NamedQuery> queries;

    private QueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** The queries that come with papergraph. */
    public static QueryCatalog standard() {
        QueryCatalog c = standard;
        if (c == null) {
            synchronized (QueryCatalog.class) {
                if (standard == null) {
                    standard = load();
                }
                c = standard;
            }
        }
        return c;
    }

    private static QueryCatalog load() {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        for (String name : read(INDEX).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalStateException(INDEX + ": query name '" + name + "' is not kebab-case");
            }
            queries.put(name, load(name));
        }
        return new QueryCatalog(queries);
    }

    private static NamedQuery load(String name) {
        String sparql = read(Engine.SPARQL.resource(name));
        String cypher = read(Engine.CYPHER.resource(name));
        Header s = Header.parse(sparql, Engine.SPARQL, name);
        Header c = Header.parse(cypher, Engine.CYPHER, name);
        if (!s.equals(c)) {
            throw new IllegalStateException("the headers of " + Engine.SPARQL.resource(name) + " and "
                    + Engine.CYPHER.resource(name) + " differ:\n" + s + "\n" + c);
        }
        return new NamedQuery(name, s.title(), s.description(), s.parameters(), sparql, cypher);
    }

    /** Every query, in the catalog's order. */
    public List<NamedQuery> queries() {
        return List.copyOf(queries.values());
    }

    public List<String> names() {
        return List.copyOf(queries.keySet());
    }

    /** @throws IllegalArgumentException when there is no query of that name */
    public NamedQuery get(String name) {
        NamedQuery q = queries.get(name);
        if (q == null) {
            throw new IllegalArgumentException("no named query '" + name + "'; the named queries are: "
                    + String.join(", ", queries.keySet()));
        }
        return q;
    }

    private static String read(String resource) {
        try (InputStream in = QueryCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The header of one query file. */
    record Header(String title, String description, List<QueryParameter> parameters) {

        static Header parse(String text, Engine engine, String name) {
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> params = new ArrayList<>();
            String last = null;
            for (String line : text.lines().toList()) {
                if (!line.startsWith(engine.comment())) {
                    break;
                }
                String body = line.substring(engine.comment().length());
                Matcher key = KEY.matcher(body);
                if (key.matches()) {
                    last = key.group(1);
                    if (last.equals("param")) {
                        params.add(key.group(2).strip());
                    } else {
                        fields.put(last, key.group(2).strip());
                    }
                } else if (body.startsWith("   ") && last != null) {
                    if (last.equals("param")) {
                        params.set(params.size() - 1, params.get(params.size() - 1) + " " + body.strip());
                    } else {
                        fields.merge(last, body.strip(), (a, b) -> a + " " + b);
                    }
                } else {
                    break;
                }
            }
            String where = engine.resource(name);
            if (!fields.containsKey("title") || !fields.containsKey("description")) {
                throw new IllegalStateException(where + ": the header needs a title and a description");
            }
            List<QueryParameter> parameters = new ArrayList<>();
            for (String p : params) {
                Matcher m = PARAM.matcher(p);
                if (!m.matches()) {
                    throw new IllegalStateException(where + ": cannot read parameter '" + p
                            + "'; write: NAME TYPE [= \"DEFAULT\"] -- DESCRIPTION");
                }
                String type = m.group("type");
                QueryParameter.Type t = switch (type) {
                    case "integer" -> QueryParameter.Type.INTEGER;
                    case "lookup" -> QueryParameter.Type.LOOKUP;
                    default -> QueryParameter.Type.STRING;
                };
                List<String> choices = List.of("integer", "string", "lookup").contains(type) ? List.of()
                        : List.of(type.split("\\|"));
                QueryParameter qp = new QueryParameter(m.group("name"), t, choices, m.group("default"),
                        m.group("description").strip());
                if (qp.defaultValue() != null) {
                    qp.value(qp.defaultValue());
                }
                parameters.add(qp);
            }
            return new Header(fields.get("title"), fields.get("description"), parameters);
        }
    }
}
