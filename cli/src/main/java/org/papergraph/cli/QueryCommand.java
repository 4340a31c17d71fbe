package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.queries.catalog.Engine;
import org.papergraph.queries.catalog.NamedQuery;
import org.papergraph.queries.catalog.QueryCatalog;
import org.papergraph.queries.catalog.QueryParameter;
import org.papergraph.queries.run.CypherRunner;
import org.papergraph.queries.run.ResultTable;
import org.papergraph.queries.run.SparqlRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Run a SPARQL or Cypher query, or a named ready-made one, on a built graph.",
        description = {"SPARQL runs over the RDF store (all papers' graphs together); Cypher runs read-only over "
                + "Neo4j (the in-process one over the data directory, or --neo4j-uri).",
                "Named queries exist in both languages with the same answer: 'papergraph query --list' shows them "
                        + "and their parameters. Example: papergraph query --named similar-papers --param paper=ID"})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--sparql", paramLabel = "QUERY", description = "A SPARQL SELECT or ASK query.")
        String sparql;

        @Option(names = "--cypher", paramLabel = "QUERY", description = "A Cypher query (read-only).")
        String cypher;

        @Option(names = "--named", paramLabel = "NAME", description = "A named query (see --list).")
        String named;

        @Option(names = "--list", description = "List the named queries with their parameters.")
        boolean list;
    }

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A parameter of the named query; repeat for several. Unset ones take their defaults.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "sparql",
            description = "Run the named query in sparql (the RDF store) or cypher (Neo4j); default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (what.list) {
            list(out);
            return 0;
        }
        if (what.named == null && (!params.isEmpty() || spec.commandLine().getParseResult().hasMatchedOption("--engine"))) {
            throw new IllegalArgumentException("--param and --engine go with --named");
        }
        ResultTable.Format fmt;
        try {
            fmt = ResultTable.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format '" + format + "': use table, csv or json");
        }
        NamedQuery named = what.named == null ? null : QueryCatalog.standard().get(what.named);
        Engine eng = named == null ? (what.sparql != null ? Engine.SPARQL : Engine.CYPHER) : Engine.parse(engine);
        if (named != null) {
            named.bind(params); // bad parameters fail before any store opens
        }
        if (!Files.isDirectory(store.tdb2())) {
            throw new IllegalStateException("no graph in " + store.data + ": run 'papergraph build' first");
        }
        ResultTable table;
        if (eng == Engine.SPARQL) {
            try (PapergraphStore rdf = PapergraphStore.open(store.tdb2())) {
                table = named != null ? named.runSparql(rdf.dataset(), params) : SparqlRunner.run(rdf.dataset(), what.sparql);
            }
        } else {
            try (Neo4jConnection neo4j = store.neo4j()) {
                table = named != null ? named.runCypher(neo4j.driver(), params)
                        : CypherRunner.run(neo4j.driver(), what.cypher, Map.of());
            }
        }
        table.print(out, fmt);
        return 0;
    }

    private static void list(PrintWriter out) {
        for (NamedQuery q : QueryCatalog.standard().queries()) {
            out.println(q.name() + "  " + q.title());
            q.descriptionLines(96).forEach(l -> out.println("    " + l));
            for (QueryParameter p : q.parameters()) {
                String value = p.required() ? "..." : p.defaultValue().matches("[^\\s\"']+") ? p.defaultValue()
                        : "\"" + p.defaultValue() + "\"";
                out.printf("    --param %s=%s  (%s%s) %s%n", p.name(), value, p.typeLabel(),
                        p.required() ? ", required" : "", p.description());
            }
        }
        out.flush();
    }
}
