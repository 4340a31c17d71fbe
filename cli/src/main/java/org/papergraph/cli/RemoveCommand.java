package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.queries.build.GraphBuild;
import org.papergraph.queries.build.NoPapersException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        header = "Remove papers from the graph, with the concepts no other paper names.",
        description = {"Removes each paper given by id or title (any case) from the RDF store, with its mentions and "
                + "the concepts only it named, then brings Neo4j and the export files in DIR/export in line. Removing "
                + "a paper again changes nothing; building it again gives it back as it was.",
                "Example: papergraph remove title:d5fc4e2af447d34c 'StyleBench: Evaluating thinking styles in Large "
                        + "Language Models'"})
final class RemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PAPER", arity = "0..*", description = "Paper ids or titles.")
    List<String> papers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FILE", description = "Also remove the papers listed in FILE, one id or title a line.")
    Path from;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> keys = new ArrayList<>(papers);
        if (from != null) {
            Files.readAllLines(from).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(keys::add);
        }
        if (keys.isEmpty()) {
            err.println("papergraph: name the papers to remove (ids or titles), or --from FILE");
            return 2;
        }
        GraphBuild.Removal r;
        try {
            r = GraphBuild.create().data(store.data).neo4j(store::neo4j).listener(new ConsoleListener(err)).remove(keys);
        } catch (NoPapersException e) {
            err.println("papergraph: " + e.getMessage());
            return 1;
        }
        r.unknown().forEach(k -> err.println("warning: no paper has the id or title '" + k + "'"));
        err.printf("removed:  %d papers%s%n", r.removed().size(),
                r.removed().isEmpty() ? "" : " (" + String.join(", ", r.removed()) + ")");
        err.printf("rdf:      %d papers, %d concepts in %s%n", r.rdfPapers(), r.rdfConcepts(), store.tdb2());
        if (r.neo4j() != null) {
            Runs.printNeo4jCounts(err, r.neo4j(), store.neo4jName());
        } else {
            err.println("papergraph: Neo4j step failed (" + store.neo4jName() + "): " + r.neo4jFailure());
        }
        Runs.printFiles(err, r.files(), false);
        err.flush();
        return r.neo4jFailure() == null ? 0 : 1;
    }
}
