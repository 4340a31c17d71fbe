package org.papergraph.queries.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.papergraph.graph.load.ImportCsvExporter;
import org.papergraph.graph.load.ImportCsvExporter.Csv;
import org.papergraph.graph.load.ImportLimit;

/**
 * Writes the graph Neo4j holds as the files {@code neo4j-admin database import full} reads into a new database: for
 * each group of nodes and relationships a header file with typed columns and a data file ({@link ImportCsvExporter}),
 * papergraph's constraints and indexes as {@code schema.cypher}, and a {@code README.md} with the command that
 * imports these files, the same {@link ImportLimit} runs.
 */
final class Neo4jCsvExporter {

    /** Arguments a shell passes as they are; others are quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private Neo4jCsvExporter() {
    }

    /** Writes the files into {@code dir}, created if need be; returns what they hold. */
    static String write(Driver driver, Path dir) throws IOException {
        Path files = dir.toAbsolutePath().normalize();
        Csv csv = new ImportCsvExporter(driver).export(files);
        Path schema = files.resolve("schema.cypher");
        Files.writeString(schema, "// papergraph's constraints and indexes, for the database these files make.\n"
                + CypherScriptExporter.schema().stream().map(s -> s.replaceAll("\\s+", " ") + ";\n")
                .collect(Collectors.joining()), StandardCharsets.UTF_8);
        Files.writeString(files.resolve("README.md"), readme(csv, schema), StandardCharsets.UTF_8);
        return csv.nodeCount() + " nodes, " + csv.relationshipCount() + " relationships";
    }

    private static String readme(Csv csv, Path schema) {
        // "full" and the database on the first line, an option a line.
        List<String> args = ImportLimit.arguments(csv);
        String command = "neo4j-admin database import " + args.stream().limit(2).map(Neo4jCsvExporter::shellWord)
                .collect(Collectors.joining(" ")) + args.stream().skip(2)
                .map(a -> " \\\n    " + shellWord(a)).collect(Collectors.joining());
        String table = Stream.concat(csv.nodes().stream(), csv.relationships().stream())
                .map(s -> "| " + s.header().getFileName() + ", " + s.data().getFileName() + " | " + s.rows() + " |")
                .collect(Collectors.joining("\n"));
        return """
                # papergraph's graph as neo4j-admin import files

                Written by `papergraph export --format neo4j-csv`: %d nodes (papers, concepts, the keys concepts \
                are looked up by, and the results papers report) and %d relationships. Each group is a header file, whose columns give their type \
                (`year:long`, `authors:string[]`), and a data file; a list's elements are separated by U+001F.

                | files | rows |
                | --- | --- |
                %s

                ## Import

                With Neo4j 5 stopped, run (`neo4j-admin` is in Neo4j's `bin/`):

                ```
                %s
                ```

                This makes the database `neo4j`. If it exists already (a Neo4j started once has an empty one), add \
                `--overwrite-destination=true`, which replaces it. The paths are those these files were written to: \
                moved elsewhere, give their new ones.

                The import creates no index (Community Edition's import takes no schema). Start Neo4j, then create \
                papergraph's constraints and indexes:

                ```
                cypher-shell -f %s
                ```
                """.formatted(csv.nodeCount(), csv.relationshipCount(), table, command, shellWord(schema.toString()));
    }

    /** An argument as a shell takes it: as it is when plain, else in single quotes. */
    private static String shellWord(String arg) {
        return PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
