package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.queries.build.GraphBuild;
import org.papergraph.queries.build.NoPapersException;
import org.papergraph.queries.export.ExportFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Build the knowledge graph: read, extract, store as RDF, load into Neo4j, export files.",
        description = {"Papers already in the data directory are replaced by their new extraction, new papers are "
                + "added, and running the same build twice changes nothing.",
                "Only what changed is loaded into Neo4j: new and changed papers, the concepts they name, and the links of "
                        + "papers that share those concepts.",
                "Writes DIR/export/graph.trig (the RDF store, TriG) and DIR/export/graph.graphml (the property graph) "
                        + "while the graph is small, and rewrites any other export file there; see --export and "
                        + "'papergraph export'."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions store;

    @ArgGroup
    Exports exports;

    /** Which export files to write: the formats asked for, or none. */
    static final class Exports {
        @Option(names = "--export", paramLabel = "FORMAT", split = ",", converter = ExportFormats.class,
                completionCandidates = ExportFormats.class,
                description = {"Write these export files into DIR/export, whatever the graph's size: "
                        + "${COMPLETION-CANDIDATES}. By default trig and graphml are written (and any other export "
                        + "file there rewritten) while the graph holds at most " + GraphBuild.EXPORT_MAX_PAPERS
                        + " papers: rewriting them costs the whole graph on every build."})
        List<ExportFormat> formats;

        @Option(names = "--no-exports", description = "Write no export file.")
        boolean none;

        List<ExportFormat> formats() {
            return none ? List.of() : formats;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GraphBuild.Result r;
        try {
            r = GraphBuild.create()
                    .inputs(input.inputs)
                    .format(input.format)
                    .threads(input.threads)
                    .data(store.data)
                    .exports(exports == null ? null : exports.formats())
                    .neo4j(store::neo4j)
                    .listener(new ConsoleListener(err))
                    .run();
        } catch (NoPapersException e) {
            err.println("papergraph: " + e.getMessage());
            return 1;
        }
        if (r.neo4jFailure() != null) {
            err.println("papergraph: Neo4j step failed (" + store.neo4jName() + "): " + r.neo4jFailure()
                    + "; the RDF store and its export files are written, Neo4j's are not");
        }
        Runs.printExtractionSummary(err, r.extraction());
        if (r.neo4j() != null) {
            Runs.printNeo4jCounts(err, r.neo4j(), store.neo4jName());
        }
        Runs.printFiles(err, r.files(), r.exportsSkipped());
        double secs = r.seconds().total();
        err.printf("build:    %.1f s in all, %.1f papers/s%n", secs, r.extraction().read() / secs);
        err.flush();
        boolean ok = r.neo4jFailure() == null;
        return !ok || input.strict && r.extraction().skipped() > 0 ? 1 : 0;
    }
}
