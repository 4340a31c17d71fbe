package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.papergraph.extractor.Extraction;
import org.papergraph.graph.load.GraphLoader;
import org.papergraph.graph.load.StoreRows;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.queries.export.GraphMLExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Build the knowledge graph: read, extract, store as RDF, load into Neo4j, export files.",
        description = {"Papers already in the data directory are replaced by their new extraction, new papers are "
                + "added, and running the same build twice changes nothing.",
                "Writes DIR/export/graph.ttl (RDF, Turtle) and DIR/export/graph.graphml (the property graph)."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        NewDirectories created = NewDirectories.before(store.data, store.neo4jHome());
        // Neo4j takes seconds to start: it starts while the papers are read and extracted.
        CompletableFuture<Neo4jConnection> neo4jStart = CompletableFuture.supplyAsync(store::neo4j);
        Extraction.Result r;
        try {
            r = Runs.extract(input, err);
        } catch (RuntimeException e) {
            abandon(neo4jStart, created);
            throw e;
        }
        if (r.read().papers().isEmpty()) {
            abandon(neo4jStart, created);
            err.println("papergraph: no paper could be read; nothing was changed in " + store.data);
            return 1;
        }
        boolean ok = true;
        StoreRows rows;
        try (PapergraphStore rdf = PapergraphStore.open(store.tdb2())) {
            rdf.write(r.papers());
            Files.createDirectories(store.exports());
            rdf.exportTurtle(store.exports().resolve("graph.ttl"));
            rows = StoreRows.read(rdf);
            err.printf("rdf:      %d papers, %d concepts, %d mentions in %s%n", rdf.paperCount(), rdf.conceptCount(),
                    rdf.mentionCount(), store.tdb2());
        } catch (RuntimeException e) {
            // The store may hold what it wrote, so only Neo4j is stopped; it would otherwise outlive the command.
            closeWhenStarted(neo4jStart);
            throw e;
        }
        GraphLoader.Counts counts = null;
        try (Neo4jConnection neo4j = started(neo4jStart);
             Progress bar = new Progress(err, "neo4j", rows.papers().size())) {
            counts = new GraphLoader(neo4j.driver(), null, m -> Runs.warn(err, m))
                    .load(rows.papers(), rows.concepts(), rows.relations(), rows.links(), bar::update);
            new GraphMLExporter(neo4j.driver()).export(store.exports().resolve("graph.graphml"));
        } catch (IllegalStateException | Neo4jException e) {
            err.println("papergraph: Neo4j step failed (" + store.neo4jName() + "): " + e.getMessage()
                    + "; the RDF store and graph.ttl are written, graph.graphml is not");
            ok = false;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Runs.printExtractionSummary(err, r);
        if (counts != null) {
            err.printf("neo4j:    %d papers, %d concepts, %d relations, %d SHARES_CONCEPT links (%s)%n", counts.papers(),
                    counts.concepts(), counts.relations(), counts.links(), store.neo4jName());
        }
        Path ttl = store.exports().resolve("graph.ttl");
        err.printf("files:    %s%s%n", ttl, ok ? ", " + store.exports().resolve("graph.graphml") : "");
        err.printf("build:    %.1f s in all, %.1f papers/s%n", secs, r.read().papers().size() / secs);
        err.flush();
        return !ok || input.strict && r.read().skipped() > 0 ? 1 : 0;
    }

    private static Neo4jConnection started(CompletableFuture<Neo4jConnection> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** Stops Neo4j once it has started, then removes what this build created: it failed before writing anything. */
    private static void abandon(CompletableFuture<Neo4jConnection> start, NewDirectories created) throws IOException {
        closeWhenStarted(start);
        created.remove();
    }

    private static void closeWhenStarted(CompletableFuture<Neo4jConnection> start) {
        try {
            start.join().close();
        } catch (CompletionException e) {
            // Not started: nothing to close, and the build already failed for another reason.
        }
    }
}
