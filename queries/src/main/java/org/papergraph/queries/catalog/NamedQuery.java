package org.papergraph.queries.catalog;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.neo4j.driver.Driver;
import org.papergraph.queries.run.CypherRunner;
import org.papergraph.queries.run.ResultTable;
import org.papergraph.queries.run.SparqlRunner;

/**
 * A ready-made query in both languages, with the same answer columns, order and parameters in each.
 *
 * @param name the kebab-case name, e.g. {@code top-concepts}
 * @param description what the query answers
 * @param sparql the SPARQL text (header included)
 * @param cypher the Cypher text (header included)
 */
public record NamedQuery(String name, String title, String description, List<QueryParameter> parameters,
                         String sparql, String cypher) {

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /** The description in lines of at most {@code width} characters (or one word, when longer). */
    public List<String> descriptionLines(int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : description.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public String text(Engine engine) {
        return engine == Engine.SPARQL ? sparql : cypher;
    }

    /**
     * The typed value of every parameter: the given ones, the defaults for the rest.
     *
     * @throws IllegalArgumentException naming an unknown parameter, a missing required one or a bad value
     */
    public Map<String, Object> bind(Map<String, String> given) {
        Set<String> unknown = new TreeSet<>(given.keySet());
        parameters.forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("query " + name + " has no parameter " + String.join(", ", unknown)
                    + "; its parameters: " + (parameters.isEmpty() ? "none"
                    : String.join(", ", parameters.stream().map(QueryParameter::name).toList())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (QueryParameter p : parameters) {
            String text = given.getOrDefault(p.name(), p.defaultValue());
            if (text == null) {
                throw new IllegalArgumentException("query " + name + " needs --param " + p.name() + "=... ("
                        + p.description() + ")");
            }
            values.put(p.name(), p.value(text));
        }
        return values;
    }

    /** Runs the SPARQL form over a dataset whose default graph is the union of the papers' graphs. */
    public ResultTable runSparql(Dataset dataset, Map<String, String> given) {
        return SparqlRunner.run(dataset, sparqlQuery(given), new QuerySolutionMap());
    }

    /**
     * The SPARQL form with each parameter's value (given, or its default) in place of its variable, as Jena
     * substitutes values (RDF terms, never query text): a query that runs on its own, as {@link #runSparql} runs it.
     */
    public Query sparqlQuery(Map<String, String> given) {
        Map<String, Object> values = bind(given);
        Query query = QueryFactory.create(sparql);
        if (values.get("limit") instanceof Long n) {
            setLimit(query, n);
        }
        Map<Var, Node> substitution = new HashMap<>();
        values.forEach((k, v) -> substitution.put(Var.alloc(k), v instanceof Long n
                ? NodeFactory.createLiteralDT(BigInteger.valueOf(n).toString(), XSDDatatype.XSDinteger)
                : NodeFactory.createLiteralString((String) v)));
        return QueryTransformOps.replaceVars(query, substitution);
    }

    /**
     * Sets the LIMIT of the query and of each subquery that has one: a subquery ranks and cuts its rows so that only
     * those are read further (SPARQL has no variable in LIMIT).
     */
    private static void setLimit(Query query, long limit) {
        query.setLimit(limit);
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subQuery) {
                if (subQuery.getQuery().hasLimit()) {
                    setLimit(subQuery.getQuery(), limit);
                }
            }
        });
    }

    /** Runs the Cypher form in a read transaction, with the values as driver parameters. */
    public ResultTable runCypher(Driver driver, Map<String, String> given) {
        return CypherRunner.run(driver, cypher, bind(given));
    }

    /** Runs the query in one engine; the other argument may be null. */
    public ResultTable run(Engine engine, Dataset dataset, Driver driver, Map<String, String> given) {
        return engine == Engine.SPARQL ? runSparql(dataset, given) : runCypher(driver, given);
    }
}
