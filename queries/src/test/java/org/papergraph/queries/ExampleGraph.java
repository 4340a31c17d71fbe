package org.papergraph.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.papergraph.extractor.Extraction;
import org.papergraph.graph.load.GraphSync;
import org.papergraph.ontology.store.StoreChange;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.ontology.store.PapergraphStore;

/**
 * The example corpus ({@code examples/trending-papers.txt}) built into a temporary data directory the way
 * {@code papergraph build} builds it: CoreNLP extraction, the TDB2 store, then Neo4j. Building takes a minute, so
 * it happens once per JVM, held in JUnit's root store, and the directory is deleted when the run ends. A test
 * class asks for it with {@code @ExtendWith(ExampleGraph.Extension.class)} and a parameter of this type.
 *
 * @param data the data directory: {@code tdb2/} and {@code neo4j/}
 * @param papers how many papers the corpus gave
 */
public record ExampleGraph(Path data, int papers) implements AutoCloseable {

    public static final Path CORPUS = Path.of("../examples/trending-papers.txt");

    private static ExampleGraph build() {
        try {
            Path data = Files.createTempDirectory("papergraph-example-");
            Extraction.Result r = Extraction.create().inputs(List.of(CORPUS.toString())).run();
            long papers;
            try (PapergraphStore rdf = PapergraphStore.open(data.resolve("tdb2"));
                 Neo4jConnection neo4j = Neo4jConnection.embedded(data.resolve("neo4j"))) {
                StoreChange change = rdf.write(r.papers());
                papers = new GraphSync(neo4j.driver(), null, m -> {
                    throw new IllegalStateException(m);
                }).sync(rdf, 0, change, new GraphSync.Listener() { }).counts().papers();
            }
            return new ExampleGraph(data, (int) papers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The graph's store and in-process Neo4j, opened together for a test class and closed together. */
    public record Opened(PapergraphStore store, Neo4jConnection neo4j) implements AutoCloseable {
        @Override
        public void close() {
            try (store; neo4j) {
                // both closed, Neo4j first, even if one of them fails
            }
        }
    }

    /** Opens the store and starts Neo4j over the graph's data directory. */
    public Opened open() {
        PapergraphStore store = PapergraphStore.open(data.resolve("tdb2"));
        try {
            return new Opened(store, Neo4jConnection.embedded(data.resolve("neo4j")));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Deletes the data directory. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The example graph on demand, for a class that may skip (an assumption) before it needs the graph. */
    @FunctionalInterface
    public interface Later {
        ExampleGraph get();
    }

    /**
     * Resolves an {@link ExampleGraph} parameter, building the graph on first use in this JVM, or a {@link Later}
     * that does so when called.
     */
    public static final class Extension implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExampleGraph.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == ExampleGraph.class || type == Later.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
            Later later = () -> store.getOrComputeIfAbsent(ExampleGraph.class, k -> build(), ExampleGraph.class);
            return parameter.getParameter().getType() == Later.class ? later : later.get();
        }
    }
}
