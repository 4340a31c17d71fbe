package org.papergraph.queries.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;
import org.papergraph.extractor.Extraction;
import org.papergraph.graph.load.GraphLoader;
import org.papergraph.graph.load.StoreRows;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.queries.export.GraphMLExporter;

/**
 * A build of the knowledge graph, step by step as the data flows: read and extract, write the RDF store, load Neo4j
 * from the store, write the export files. Neo4j starts while the papers are extracted, since it takes seconds.
 *
 * <pre>{@code
 * GraphBuild.Result r = GraphBuild.create().inputs(List.of("papers.jsonl")).data(Path.of("papergraph-data")).run();
 * }</pre>
 *
 * A build in which no paper could be read changes nothing and leaves no new directory. When Neo4j fails, the RDF
 * store and {@code graph.ttl} are still written and the result says what failed.
 */
public final class GraphBuild {

    /** Seconds each step took; {@code extract} includes reading and loading CoreNLP. */
    public record Timings(double extract, double rdf, double neo4j, double exports, double total) {
    }

    /**
     * @param neo4j        what Neo4j holds after the load, or null when the Neo4j step failed
     * @param neo4jFailure why the Neo4j step failed, or null
     * @param files        the export files written
     */
    public record Result(Extraction.Result extraction, long rdfPapers, long rdfConcepts, long rdfMentions,
                         GraphLoader.Counts neo4j, String neo4jFailure, List<Path> files, Timings seconds) {
    }

    private List<String> inputs = List.of();
    private String format;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path data = Path.of("papergraph-data");
    private Supplier<Neo4jConnection> neo4j;
    private BuildListener listener = new BuildListener() { };

    private GraphBuild() {
    }

    public static GraphBuild create() {
        return new GraphBuild();
    }

    public GraphBuild inputs(List<String> inputs) {
        this.inputs = List.copyOf(inputs);
        return this;
    }

    /** Read every input in this format; null detects each input's format. */
    public GraphBuild format(String format) {
        this.format = format;
        return this;
    }

    public GraphBuild threads(int threads) {
        this.threads = threads;
        return this;
    }

    /** The data directory: the RDF store in {@code tdb2/}, the in-process Neo4j in {@code neo4j/}, files in {@code export/}. */
    public GraphBuild data(Path data) {
        this.data = data;
        return this;
    }

    /** How to reach Neo4j; by default an in-process Neo4j over {@code DATA/neo4j}. */
    public GraphBuild neo4j(Supplier<Neo4jConnection> neo4j) {
        this.neo4j = neo4j;
        return this;
    }

    public GraphBuild listener(BuildListener listener) {
        this.listener = listener;
        return this;
    }

    public Path tdb2() {
        return data.resolve("tdb2");
    }

    public Path neo4jHome() {
        return data.resolve("neo4j");
    }

    public Path exports() {
        return data.resolve("export");
    }

    /**
     * Runs the build. Neo4j starts while the papers are extracted.
     *
     * @throws NoPapersException when no paper could be read; nothing was changed
     */
    public Result run() throws IOException {
        long t0 = System.nanoTime();
        NewDirectories created = NewDirectories.before(data, neo4jHome());
        CompletableFuture<Neo4jConnection> neo4jStart = startNeo4j();
        Extraction.Result extraction;
        try {
            extraction = Extraction.create().inputs(inputs).format(format).threads(threads)
                    .onProblem(listener::warning)
                    .progress(listener::stepProgress)
                    .run(total -> listener.stepStarted("extract", total));
        } catch (RuntimeException e) {
            abandon(neo4jStart, created);
            throw e;
        } finally {
            listener.stepEnded();
        }
        if (extraction.read().papers().isEmpty()) {
            abandon(neo4jStart, created);
            throw new NoPapersException("no paper could be read; nothing was changed in " + data);
        }
        long t1 = System.nanoTime();
        List<Path> files = new ArrayList<>();
        long exportNanos;
        StoreRows rows;
        long papers;
        long concepts;
        long mentions;
        try (PapergraphStore rdf = PapergraphStore.open(tdb2())) {
            rdf.write(extraction.papers());
            long e0 = System.nanoTime();
            files.add(writeTurtle(rdf));
            exportNanos = System.nanoTime() - e0;
            rows = StoreRows.read(rdf);
            papers = rdf.paperCount();
            concepts = rdf.conceptCount();
            mentions = rdf.mentionCount();
        } catch (RuntimeException e) {
            // The store may hold what it wrote, so only Neo4j is stopped; it would otherwise outlive the build.
            closeWhenStarted(neo4jStart);
            throw e;
        }
        long t2 = System.nanoTime();
        listener.rdfWritten(tdb2(), papers, concepts, mentions);
        Neo4jStep neo4jStep = loadNeo4j(neo4jStart, rows, files);
        long t3 = System.nanoTime();
        Timings seconds = new Timings(secs(t1 - t0), secs(t2 - t1 - exportNanos), secs(neo4jStep.loadNanos),
                secs(exportNanos + t3 - t2 - neo4jStep.loadNanos), secs(t3 - t0));
        return new Result(extraction, papers, concepts, mentions, neo4jStep.counts, neo4jStep.failure,
                List.copyOf(files), seconds);
    }

    /** What a {@link #remove} did: the papers removed, the keys that named none, and the graph after it. */
    public record Removal(List<String> removed, List<String> unknown, long rdfPapers, long rdfConcepts,
                          GraphLoader.Counts neo4j, String neo4jFailure, List<Path> files) {
    }

    /**
     * Removes papers, given by id or title, from the RDF store with their mentions and the concepts no other paper
     * names, then brings Neo4j and the export files in line with the store. Removing again changes nothing.
     */
    public Removal remove(List<String> keys) throws IOException {
        if (!Files.isDirectory(tdb2())) {
            throw new NoPapersException("no graph in " + data + ": nothing to remove");
        }
        CompletableFuture<Neo4jConnection> neo4jStart = startNeo4j();
        List<String> unknown = new ArrayList<>();
        List<String> removed;
        StoreRows rows;
        List<Path> files = new ArrayList<>();
        long papers;
        long concepts;
        try (PapergraphStore rdf = PapergraphStore.open(tdb2())) {
            List<String> ids = new ArrayList<>();
            rdf.findPapers(keys).forEach((key, found) -> {
                if (found.isEmpty()) {
                    unknown.add(key);
                }
                ids.addAll(found);
            });
            removed = rdf.remove(ids);
            files.add(writeTurtle(rdf));
            rows = StoreRows.read(rdf);
            papers = rdf.paperCount();
            concepts = rdf.conceptCount();
        } catch (RuntimeException e) {
            closeWhenStarted(neo4jStart);
            throw e;
        }
        Neo4jStep neo4jStep = loadNeo4j(neo4jStart, rows, files);
        return new Removal(removed, unknown, papers, concepts, neo4jStep.counts, neo4jStep.failure, List.copyOf(files));
    }

    /** Neo4j takes seconds to start: it starts in the background while the RDF side works. */
    private CompletableFuture<Neo4jConnection> startNeo4j() {
        return CompletableFuture.supplyAsync(neo4j != null ? neo4j : () -> Neo4jConnection.embedded(neo4jHome()));
    }

    private Path writeTurtle(PapergraphStore rdf) throws IOException {
        Files.createDirectories(exports());
        Path ttl = exports().resolve("graph.ttl");
        rdf.exportTurtle(ttl);
        return ttl;
    }

    private record Neo4jStep(GraphLoader.Counts counts, String failure, long loadNanos) {
    }

    /** Loads Neo4j with the store's rows and writes graph.graphml from it; a failure is reported, not thrown. */
    private Neo4jStep loadNeo4j(CompletableFuture<Neo4jConnection> start, StoreRows rows, List<Path> files)
            throws IOException {
        long t0 = System.nanoTime();
        long loaded = 0;
        try (Neo4jConnection connection = started(start)) {
            listener.stepStarted("neo4j", rows.papers().size());
            GraphLoader.Counts counts;
            try {
                counts = new GraphLoader(connection.driver(), null, listener::warning)
                        .load(rows.papers(), rows.concepts(), rows.relations(), rows.links(), listener::stepProgress);
            } finally {
                listener.stepEnded();
            }
            loaded = System.nanoTime() - t0;
            Path graphml = exports().resolve("graph.graphml");
            new GraphMLExporter(connection.driver()).export(graphml);
            files.add(graphml);
            return new Neo4jStep(counts, null, loaded);
        } catch (IllegalStateException | Neo4jException e) {
            return new Neo4jStep(null, e.getMessage(), loaded > 0 ? loaded : System.nanoTime() - t0);
        }
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
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
