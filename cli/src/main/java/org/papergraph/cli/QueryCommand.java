package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.queries.run.CypherRunner;
import org.papergraph.queries.run.ResultTable;
import org.papergraph.queries.run.SparqlRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query",
        header = "Run a SPARQL or Cypher query on a built graph.",
        description = "SPARQL runs over the RDF store (all papers' graphs together); Cypher runs read-only over "
                + "Neo4j (the in-process one over the data directory, or --neo4j-uri).")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Language language;

    static final class Language {
        @Option(names = "--sparql", paramLabel = "QUERY", description = "A SPARQL SELECT or ASK query.")
        String sparql;

        @Option(names = "--cypher", paramLabel = "QUERY", description = "A Cypher query (read-only).")
        String cypher;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ResultTable.Format fmt;
        try {
            fmt = ResultTable.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format '" + format + "': use table, csv or json");
        }
        if (!Files.isDirectory(store.tdb2())) {
            throw new IllegalStateException("no graph in " + store.data + ": run 'papergraph build' first");
        }
        ResultTable table;
        if (language.sparql != null) {
            try (PapergraphStore rdf = PapergraphStore.open(store.tdb2())) {
                table = SparqlRunner.run(rdf.dataset(), language.sparql);
            }
        } else {
            try (Neo4jConnection neo4j = store.neo4j()) {
                table = CypherRunner.run(neo4j.driver(), language.cypher, Map.of());
            }
        }
        table.print(out, fmt);
        return 0;
    }
}
