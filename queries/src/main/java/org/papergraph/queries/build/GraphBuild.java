package org.papergraph.queries.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.io.file.PathUtils;
import org.neo4j.driver.exceptions.Neo4jException;
import org.papergraph.extractor.Extraction;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.graph.load.GraphSync;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.graph.neo4j.Neo4jStartException;
import org.papergraph.ontology.store.FirstLoad;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.ontology.store.StoreChange;
import org.papergraph.queries.export.ExportFormat;
import org.papergraph.queries.export.ExportSources;

/**
 * A build of the knowledge graph, step by step as the data flows: read and extract, write the RDF store, load Neo4j
 * from the store, write the export files. Neo4j starts while the papers are extracted, since it takes seconds.
 *
 * <pre>{@code
 * GraphBuild.Result r = GraphBuild.create().inputs(List.of("papers.jsonl")).data(Path.of("papergraph-data")).run();
 * }</pre>
 *
 * A build in which no paper could be read changes nothing and leaves no new directory. When Neo4j fails, the RDF
 * store and its export files are still written and the result says what failed.
 */
public final class GraphBuild {

    /** Seconds each step took; {@code extract} includes reading and loading CoreNLP, {@code neo4j} the links. */
    public record Timings(double extract, double rdf, double neo4j, double exports, double total) {
    }

    /**
     * @param neo4j          what the Neo4j step did and what Neo4j holds after it, or null when it failed
     * @param neo4jFailure   why the Neo4j step failed, or null
     * @param files          the export files written
     * @param exportsSkipped whether the export files were left out, the graph being too big to rewrite them each build
     */
    public record Result(Extraction.Summary extraction, long rdfPapers, long rdfConcepts, long rdfMentions,
                         GraphSync.Result neo4j, String neo4jFailure, List<Path> files, boolean exportsSkipped,
                         Timings seconds) {
    }

    /** Above this many papers a build writes no export files unless asked to: rewriting them costs the whole graph. */
    public static final int EXPORT_MAX_PAPERS = 10_000;

    /**
     * The export files a build writes by default: the RDF store whole, named graphs kept (TriG), and the property
     * graph for graph tools (GraphML).
     */
    public static final List<ExportFormat> DEFAULT_EXPORTS = List.of(ExportFormat.TRIG, ExportFormat.GRAPHML);

    private List<String> inputs = List.of();
    private String format;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path data = Path.of("papergraph-data");
    private Supplier<Neo4jConnection> neo4j;
    private BuildListener listener = new BuildListener() { };
    private List<ExportFormat> exports;

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

    /**
     * The export files to write, each in its default place in {@code DATA/export/}: these formats, none for an empty
     * list, or for null (the default) {@link #DEFAULT_EXPORTS} and any other export file there already (so that none
     * is left behind the graph) while the store holds at most {@link #EXPORT_MAX_PAPERS} papers.
     */
    public GraphBuild exports(List<ExportFormat> exports) {
        this.exports = exports == null ? null : List.copyOf(exports);
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
        try (StoreWriter rdf = new StoreWriter(tdb2())) {
            Extraction.Summary extraction;
            try {
                // Papers the store holds as they are read are not extracted again; the others reach the store a
                // batch at a time, so no step holds the whole corpus.
                extraction = Extraction.create().inputs(inputs).format(format).threads(threads)
                        .onProblem(listener::warning)
                        .progress(listener::stepProgress)
                        .skipWhen(paper -> rdf.holdsAsIs(paper, listener::warning))
                        .stream(total -> listener.stepStarted("extract", total), rdf::write);
            } finally {
                listener.stepEnded();
            }
            if (extraction.read() > 0) {
                PapergraphStore store = rdf.finish();
                long t1 = System.nanoTime();
                long papers = store.paperCount();
                long concepts = store.conceptCount();
                long mentions = store.mentionCount();
                listener.rdfWritten(tdb2(), papers, concepts, mentions, store.resultCount());
                List<Path> files = new ArrayList<>();
                Neo4jStep neo4jStep = syncNeo4j(neo4jStart, store, rdf.since(), rdf.change(), buildExports(papers),
                        files);
                long t2 = System.nanoTime();
                Timings seconds = new Timings(secs(t1 - t0) - rdf.seconds(), rdf.seconds(), secs(neo4jStep.syncNanos),
                        secs(t2 - t1 - neo4jStep.syncNanos), secs(t2 - t0));
                return new Result(extraction, papers, concepts, mentions, neo4jStep.sync, neo4jStep.failure,
                        List.copyOf(files), exportsSkipped(papers), seconds);
            }
        } catch (RuntimeException e) {
            // The store may hold what it wrote, so only Neo4j is stopped; it would otherwise outlive the build.
            closeWhenStarted(neo4jStart);
            throw e;
        }
        abandon(neo4jStart, created);
        throw new NoPapersException("no paper could be read; nothing was changed in " + data);
    }

    /**
     * Where a build's batches go: a new store is made by a first load through TDB2's bulk loader, an existing one is
     * written a transaction a batch. The store is opened only once needed, so a build that reads no paper leaves none
     * behind; the batches' changes add up to one change from the revision the build started at.
     */
    private static final class StoreWriter implements AutoCloseable {
        private final Path directory;
        private final boolean fresh;
        private final long since;
        private PapergraphStore store;
        private FirstLoad firstLoad;
        private long revision;
        private final Set<String> papers = new HashSet<>();
        private final Set<String> concepts = new HashSet<>();
        /** Papers held as read but read from another place now: their new {@code file:line}, by id. */
        private final Map<String, String> moved = new LinkedHashMap<>();
        private long nanos;

        StoreWriter(Path directory) {
            this.directory = directory;
            this.fresh = !Files.isDirectory(directory);
            this.since = fresh ? 0 : store().revision();
            this.revision = since;
        }

        /**
         * Whether the store holds the paper as read (if from another place, that is noted), or holds it under
         * another id, read earlier from another file or format (that copy is kept, as within a build the first copy
         * is, and {@code warnings} is told); a new store holds none.
         */
        boolean holdsAsIs(Paper paper, Consumer<String> warnings) {
            if (fresh) {
                return false;
            }
            return switch (store().storedCopy(paper)) {
                case SAME -> true;
                case MOVED -> {
                    moved.put(paper.id(), paper.source());
                    yield true;
                }
                case NONE -> {
                    PapergraphStore.HeldCopy held = store().heldCopy(paper);
                    if (held != null) {
                        warnings.accept(paper.source() + ": paper " + paper.id() + " is the stored paper " + held.id()
                                + " (same " + held.sharedKey() + ") read from " + held.source() + " in an earlier build; the stored "
                                + "copy is kept");
                    }
                    yield held != null;
                }
            };
        }

        void write(List<PaperConcepts> batch) {
            long t0 = System.nanoTime();
            if (fresh) {
                if (firstLoad == null) {
                    firstLoad = FirstLoad.into(directory);
                }
                firstLoad.add(batch);
            } else {
                add(store().write(batch));
            }
            nanos += System.nanoTime() - t0;
        }

        /** Completes a first load, or records where moved papers were read; the store, with every batch in it. */
        PapergraphStore finish() {
            long t0 = System.nanoTime();
            if (firstLoad != null) {
                add(firstLoad.finish());
                firstLoad.close();
                firstLoad = null;
            }
            if (!moved.isEmpty()) {
                add(store().relocate(moved));
                moved.clear();
            }
            nanos += System.nanoTime() - t0;
            return store();
        }

        /** The store's revision when the build started. */
        long since() {
            return since;
        }

        /** What the build's writes changed since then. */
        StoreChange change() {
            return new StoreChange(revision, papers, Set.of(), concepts);
        }

        /** Seconds spent writing the store. */
        double seconds() {
            return secs(nanos);
        }

        private void add(StoreChange change) {
            revision = change.revision();
            papers.addAll(change.papers());
            concepts.addAll(change.concepts());
        }

        private PapergraphStore store() {
            if (store == null) {
                store = PapergraphStore.open(directory);
            }
            return store;
        }

        /** Abandons a first load not finished, and closes the store. */
        @Override
        public void close() {
            if (firstLoad != null) {
                firstLoad.close();
            }
            if (store != null) {
                store.close();
            }
        }
    }

    /**
     * What a {@link #remove} did: the papers removed, the keys that named none, the graph after it and the export
     * files rewritten.
     */
    public record Removal(List<String> removed, List<String> unknown, long rdfPapers, long rdfConcepts,
                          GraphSync.Result neo4j, String neo4jFailure, List<Path> files) {
    }

    /**
     * Removes papers, given by id or title, from the RDF store with their mentions and the concepts no other paper
     * names, then brings Neo4j and the export files there are in line with the store (whatever the graph's size: they
     * were asked for). Removing again changes nothing.
     */
    public Removal remove(List<String> keys) throws IOException {
        if (!Files.isDirectory(tdb2())) {
            throw new NoPapersException("no graph in " + data + ": nothing to remove");
        }
        CompletableFuture<Neo4jConnection> neo4jStart = startNeo4j();
        List<Path> files = new ArrayList<>();
        try (PapergraphStore rdf = PapergraphStore.open(tdb2())) {
            List<String> unknown = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            rdf.findPapers(keys).forEach((key, found) -> {
                if (found.isEmpty()) {
                    unknown.add(key);
                }
                ids.addAll(found);
            });
            long since = rdf.revision();
            StoreChange change = rdf.remove(ids);
            long papers = rdf.paperCount();
            Neo4jStep neo4jStep = syncNeo4j(neo4jStart, rdf, since, change, existingExports(), files);
            return new Removal(change.removedPapers().stream().sorted().toList(), unknown, papers, rdf.conceptCount(),
                    neo4jStep.sync, neo4jStep.failure, List.copyOf(files));
        } catch (RuntimeException e) {
            closeWhenStarted(neo4jStart);
            throw e;
        }
    }

    /**
     * Neo4j takes seconds to start: it starts in the background while the RDF side works. The in-process Neo4j holds
     * nothing the RDF store does not, so a database it cannot start (one cut short by a crash, say) is set aside and
     * made again from the store.
     */
    private CompletableFuture<Neo4jConnection> startNeo4j() {
        if (neo4j != null) {
            return CompletableFuture.supplyAsync(neo4j);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Neo4jConnection.embedded(neo4jHome());
            } catch (Neo4jStartException e) {
                if (e.heldByAnotherProcess()) {
                    throw e;
                }
                Path unusable = setAside(neo4jHome().resolve("data"));
                listener.warning(e.getMessage() + "; its data is set aside in " + unusable
                        + " and Neo4j is loaded again from the RDF store");
                return Neo4jConnection.embedded(neo4jHome());
            }
        });
    }

    /** Moves a directory to {@code NAME-unusable}, replacing what an earlier build set aside there. */
    private static Path setAside(Path directory) {
        Path aside = directory.resolveSibling(directory.getFileName() + "-unusable");
        try {
            if (Files.exists(aside)) {
                PathUtils.deleteDirectory(aside);
            }
            Files.move(directory, aside);
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside " + directory, e);
        }
    }

    /** Whether the export files are left out for a store of this many papers: see {@link #exports(List)}. */
    private boolean exportsSkipped(long papers) {
        return exports == null && papers > EXPORT_MAX_PAPERS;
    }

    /** The formats a build writes for a store of this many papers: see {@link #exports(List)}. */
    private List<ExportFormat> buildExports(long papers) {
        if (exports != null) {
            return exports;
        }
        if (exportsSkipped(papers)) {
            return List.of();
        }
        List<ExportFormat> formats = new ArrayList<>(DEFAULT_EXPORTS);
        existingExports().stream().filter(f -> !formats.contains(f)).forEach(formats::add);
        return formats;
    }

    /** The formats whose export file is in its default place. */
    private List<ExportFormat> existingExports() {
        return Arrays.stream(ExportFormat.values()).filter(f -> Files.exists(f.defaultPath(exports()))).toList();
    }

    /** Writes the export files of these formats that read the given source, each in its default place. */
    private void writeExports(List<ExportFormat> formats, ExportFormat.Source source, ExportSources from,
                              List<Path> files) throws IOException {
        for (ExportFormat f : formats) {
            if (f.source() == source) {
                Path path = f.defaultPath(exports());
                f.write(from, path);
                files.add(path);
            }
        }
    }

    private record Neo4jStep(GraphSync.Result sync, String failure, long syncNanos) {
    }

    /**
     * Brings Neo4j in line with the store and writes the export files of these formats (the RDF store's first, so
     * that they are written whatever becomes of Neo4j); a Neo4j failure is reported, not thrown.
     */
    private Neo4jStep syncNeo4j(CompletableFuture<Neo4jConnection> start, PapergraphStore rdf, long since,
                                StoreChange change, List<ExportFormat> formats, List<Path> files) throws IOException {
        writeExports(formats, ExportFormat.Source.RDF_STORE, new ExportSources(rdf, null), files);
        long t0 = System.nanoTime();
        long synced = 0;
        try (Neo4jConnection connection = started(start)) {
            GraphSync.Result sync = new GraphSync(connection.driver(), null, listener::warning)
                    .sync(rdf, since, change, listener);
            synced = System.nanoTime() - t0;
            writeExports(formats, ExportFormat.Source.NEO4J, new ExportSources(null, connection.driver()), files);
            return new Neo4jStep(sync, null, synced);
        } catch (IllegalStateException | Neo4jException e) {
            return new Neo4jStep(null, e.getMessage(), synced > 0 ? synced : System.nanoTime() - t0);
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
