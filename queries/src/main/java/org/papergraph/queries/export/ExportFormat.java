package org.papergraph.queries.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats the graph is exported in, each with the file it is written to in the export directory and the writer
 * that writes it. The RDF formats read the RDF store, the others Neo4j.
 */
public enum ExportFormat {

    TURTLE("turtle", "graph.ttl", Source.RDF_STORE,
            "Turtle, every triple with the named graphs merged: any RDF tool",
            (from, out) -> RdfStreamExporter.triples(from.store(), RDFFormat.TURTLE_BLOCKS, out)),
    NTRIPLES("ntriples", "graph.nt", Source.RDF_STORE,
            "N-Triples, a triple a line: any RDF tool, line-based tools",
            (from, out) -> RdfStreamExporter.triples(from.store(), RDFFormat.NTRIPLES, out)),
    NQUADS("nquads", "graph.nq", Source.RDF_STORE,
            "N-Quads, a quad a line: RDF stores keeping named graphs, bulk loaders",
            (from, out) -> RdfStreamExporter.quads(from.store(), RDFFormat.NQUADS, out)),
    TRIG("trig", "graph.trig", Source.RDF_STORE,
            "TriG, the named graphs kept: any RDF store keeping named graphs",
            (from, out) -> RdfStreamExporter.quads(from.store(), RDFFormat.TRIG_BLOCKS, out)),
    JSONLD("jsonld", "graph.jsonld", Source.RDF_STORE,
            "JSON-LD 1.1, the named graphs kept: JSON-LD processors, web tools",
            (from, out) -> JsonLdExporter.write(from.store(), out)),
    RDFXML("rdfxml", "graph.rdf", Source.RDF_STORE,
            "RDF/XML, every triple with the named graphs merged: Protege, older RDF tools",
            (from, out) -> RdfXmlExporter.write(from.store(), out)),
    GRAPHML("graphml", "graph.graphml", Source.NEO4J,
            "GraphML, the property graph: Cytoscape, yEd, igraph, NetworkX, Gephi",
            (from, out) -> GraphMLExporter.write(from.neo4j(), out)),
    GEXF("gexf", "graph.gexf", Source.NEO4J,
            "GEXF 1.2, the property graph: Gephi",
            (from, out) -> GexfExporter.write(from.neo4j(), out)),
    NEO4J_CSV("neo4j-csv", "neo4j-csv", Source.NEO4J,
            "neo4j-admin import files and the command that imports them: a new Neo4j", null) {
        @Override
        public String write(ExportSources from, Path dir) throws IOException {
            return Neo4jCsvExporter.write(from.neo4j(), dir);
        }
    },
    CYPHER("cypher", "graph.cypher", Source.NEO4J,
            "a Cypher script that makes the graph in an empty Neo4j: cypher-shell, Neo4j Browser",
            (from, out) -> CypherScriptExporter.write(from.neo4j(), out));

    /** Where a format is read from. */
    public enum Source { RDF_STORE, NEO4J }

    /** Writes the graph to a stream; returns what it wrote ("33058 quads"). */
    @FunctionalInterface
    private interface StreamWriter {
        String write(ExportSources from, OutputStream out) throws IOException;
    }

    private final String id;
    private final String fileName;
    private final Source source;
    private final String description;
    private final StreamWriter writer;

    ExportFormat(String id, String fileName, Source source, String description, StreamWriter writer) {
        this.id = id;
        this.fileName = fileName;
        this.source = source;
        this.description = description;
        this.writer = writer;
    }

    /** The name the format goes by: {@code trig}, {@code neo4j-csv}. */
    public String id() {
        return id;
    }

    /** What the format holds, and the tools it is for. */
    public String description() {
        return description;
    }

    /** Where the format is read from. */
    public Source source() {
        return source;
    }

    /** Whether the format is a directory of files, which no stream can take. */
    public boolean isDirectory() {
        return writer == null;
    }

    /** Where the format is written in the export directory: {@code graph.<ext>}, or a directory. */
    public Path defaultPath(Path exportDirectory) {
        return exportDirectory.resolve(fileName);
    }

    /**
     * Writes the graph to {@code path} (created with its parents, replacing what is there); a file appears only once
     * complete. Returns what was written.
     */
    public String write(ExportSources from, Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(path.getFileName() + ".tmp");
        String written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            written = write(from, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        return written;
    }

    /**
     * Writes the graph to a stream, left open. Returns what was written.
     *
     * @throws UnsupportedOperationException for a format that is a directory of files
     */
    public String write(ExportSources from, OutputStream out) throws IOException {
        if (isDirectory()) {
            throw new UnsupportedOperationException(id + " is a directory of files: no one stream takes it");
        }
        String written = writer.write(from, out);
        out.flush();
        return written;
    }

    /**
     * The format of this name (any case).
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ExportFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + id + "'; the formats are "
                        + ids()));
    }

    /** Every format's name, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
