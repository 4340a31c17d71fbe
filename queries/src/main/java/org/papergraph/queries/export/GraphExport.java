package org.papergraph.queries.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.ontology.store.PapergraphStore;

/**
 * An export of the graph a data directory holds, in one format, to a file or a stream. The RDF formats read the RDF
 * store ({@code DATA/tdb2}); the others read Neo4j: the in-process one over {@code DATA/neo4j}, started for the
 * export, or any Neo4j given.
 *
 * <pre>{@code
 * GraphExport.Result r = GraphExport.create().data(Path.of("papergraph-data")).format(ExportFormat.GEXF).run();
 * }</pre>
 */
public final class GraphExport {

    /**
     * @param path    the file or directory written, or null for a stream
     * @param written what was written ("33058 quads", "650 nodes, 922 edges")
     */
    public record Result(ExportFormat format, Path path, String written, double seconds) {
    }

    private Path data = Path.of("papergraph-data");
    private ExportFormat format = ExportFormat.TRIG;
    private Path output;
    private Supplier<Neo4jConnection> neo4j;

    private GraphExport() {
    }

    public static GraphExport create() {
        return new GraphExport();
    }

    /** The data directory: the RDF store in {@code tdb2/}, the in-process Neo4j in {@code neo4j/}. */
    public GraphExport data(Path data) {
        this.data = data;
        return this;
    }

    public GraphExport format(ExportFormat format) {
        this.format = format;
        return this;
    }

    /** Where {@link #run()} writes; null (the default) is the format's file in {@code DATA/export/}. */
    public GraphExport output(Path output) {
        this.output = output;
        return this;
    }

    /** How to reach Neo4j; null (the default) starts the in-process Neo4j over {@code DATA/neo4j}. */
    public GraphExport neo4j(Supplier<Neo4jConnection> neo4j) {
        this.neo4j = neo4j;
        return this;
    }

    /** The file or directory {@link #run()} writes. */
    public Path path() {
        return output != null ? output : format.defaultPath(data.resolve("export"));
    }

    /**
     * Writes the graph to {@link #path()}, replacing what is there.
     *
     * @throws NoGraphException when the data directory holds no graph for the format's source
     */
    public Result run() throws IOException {
        Path path = path();
        return export(from -> format.write(from, path), path);
    }

    /**
     * Writes the graph to a stream, left open.
     *
     * @throws UnsupportedOperationException for a format that is a directory of files
     * @throws NoGraphException when the data directory holds no graph for the format's source
     */
    public Result run(OutputStream out) throws IOException {
        if (format.isDirectory()) {
            // Said before Neo4j is started for nothing.
            throw new UnsupportedOperationException(format.id() + " is a directory of files: no one stream takes it");
        }
        return export(from -> format.write(from, out), null);
    }

    @FunctionalInterface
    private interface Writing {
        String write(ExportSources from) throws IOException;
    }

    private Result export(Writing writing, Path path) throws IOException {
        long t0 = System.nanoTime();
        String written;
        if (format.source() == ExportFormat.Source.RDF_STORE) {
            Path tdb2 = data.resolve("tdb2");
            if (!Files.isDirectory(tdb2)) {
                throw new NoGraphException("no graph in " + data + " (no RDF store " + tdb2 + ")");
            }
            try (PapergraphStore store = PapergraphStore.open(tdb2)) {
                written = writing.write(new ExportSources(store, null));
            }
        } else {
            try (Neo4jConnection connection = connect()) {
                written = writing.write(new ExportSources(null, connection.driver()));
            }
        }
        return new Result(format, path, written, (System.nanoTime() - t0) / 1e9);
    }

    private Neo4jConnection connect() {
        if (neo4j != null) {
            return neo4j.get();
        }
        Path home = data.resolve("neo4j");
        if (!Files.isDirectory(home)) {
            throw new NoGraphException("no graph in " + data + " (no Neo4j in " + home + ")");
        }
        return Neo4jConnection.embedded(home);
    }
}
