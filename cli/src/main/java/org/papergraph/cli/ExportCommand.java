package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.papergraph.queries.export.ExportFormat;
import org.papergraph.queries.export.GraphExport;
import org.papergraph.queries.export.NoGraphException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the graph as a file other tools open: RDF, GraphML, GEXF, neo4j-admin import files, Cypher.",
        description = {"The RDF formats (turtle, ntriples, nquads, trig, jsonld, rdfxml) are read from the RDF store; "
                + "graphml, gexf, neo4j-csv and cypher from Neo4j: the in-process one over DIR/neo4j, or --neo4j-uri. "
                + "The README says which tool reads which format.",
                "Example: papergraph export -f gexf", "(writes papergraph-data/export/graph.gexf)"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", converter = ExportFormats.class,
            completionCandidates = ExportFormats.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Where to write: by default DIR/export/graph.<ext> (neo4j-csv: the directory "
                    + "DIR/export/neo4j-csv); '-' writes to standard output (not neo4j-csv, a directory of files).")
    String output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GraphExport export = GraphExport.create().data(store.data).format(format)
                // The in-process Neo4j only over a graph a build made: started over no directory, it would be empty.
                .neo4j(store.neo4jUri == null ? null : store::neo4j);
        GraphExport.Result r;
        try {
            if ("-".equals(output)) {
                if (format.isDirectory()) {
                    err.println("papergraph: " + format.id() + " is a directory of files; give it one with -o DIR");
                    return 2;
                }
                r = export.run(System.out);
            } else {
                r = export.output(output == null ? null : Path.of(output)).run();
            }
        } catch (NoGraphException e) {
            err.println("papergraph: " + e.getMessage() + ": run 'papergraph build' first");
            return 1;
        }
        err.printf("export:   %s, %s, to %s (%.1f s)%n", r.format().id(), r.written(),
                r.path() == null ? "standard output" : r.path(), r.seconds());
        err.flush();
        return 0;
    }
}
