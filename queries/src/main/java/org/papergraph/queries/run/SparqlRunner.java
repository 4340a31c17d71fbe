package org.papergraph.queries.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Runs a SPARQL SELECT or ASK query over the store's union of graphs, in a read transaction. */
public final class SparqlRunner {

    private SparqlRunner() {
    }

    public static ResultTable run(Dataset dataset, String queryText) {
        Query query;
        try {
            query = QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("SPARQL syntax error: " + e.getMessage(), e);
        }
        return run(dataset, query, new QuerySolutionMap());
    }

    /**
     * Runs a parsed query, first replacing each variable of {@code substitution} by its value in the query
     * (Jena's substitution: values are RDF terms, never query text).
     */
    public static ResultTable run(Dataset dataset, Query query, QuerySolutionMap substitution) {
        if (!query.isSelectType() && !query.isAskType()) {
            throw new IllegalArgumentException("only SELECT and ASK queries are answered as a table");
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).substitution(substitution).build()) {
                if (query.isAskType()) {
                    return new ResultTable(List.of("answer"), List.of(List.of(Boolean.toString(qe.execAsk()))));
                }
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<List<String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> row = new ArrayList<>(vars.size());
                    for (String v : vars) {
                        row.add(text(s.get(v)));
                    }
                    rows.add(row);
                }
                return new ResultTable(vars, rows);
            }
        });
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return null;
        }
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            try {
                if (l.getValue() instanceof Number number) {
                    return ResultTable.number(number);
                }
            } catch (DatatypeFormatException e) {
                // An ill-formed number is shown as written.
            }
            return l.getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
