package org.papergraph.graph.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cli.ContextInjectingFactory;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.papergraph.graph.load.ImportCsvExporter.Csv;
import org.papergraph.graph.load.ImportCsvExporter.Source;
import picocli.CommandLine;

/**
 * The speed loading Neo4j cannot beat: Neo4j's own offline import tool, {@code neo4j-admin database import full},
 * run in this process on the same nodes and relationships ({@link ImportCsvExporter}'s files) into a new database.
 * Benchmarks report the Neo4j load's time as a ratio of it, measured in the same run; the neo4j-csv export gives
 * its {@link #arguments} as the command that imports its files.
 *
 * <p>The import builds no index: the load creates its constraints and indexes first and fills them as it writes,
 * but the record format of Community Edition takes no {@code --schema} ("Record format batch import does not
 * support schema changes"), so the limit leaves out the index work the load does.
 */
public final class ImportLimit {

    /** The database the import creates, as {@code neo4j-admin} names it by default. */
    public static final String DATABASE = "neo4j";

    /** The memory the import may use beside the heap, for its caches and buffers. */
    public static final String OFF_HEAP = "2G";

    private ImportLimit() {
    }

    /** What the import took, and what it was given. */
    public record Measure(double seconds, long nodes, long relationships) {
    }

    /**
     * Seconds {@code neo4j-admin database import full} takes to import the files into database {@value #DATABASE}
     * of a new Neo4j home {@code home} (its {@code data/databases/neo4j}); writing the files is not counted.
     *
     * @throws IllegalStateException when the import fails, with the tool's last lines of output
     */
    public static Measure measure(Csv csv, Path home) {
        List<String> args = new ArrayList<>(arguments(csv));
        args.add("--report-file=" + home.resolve("import.report"));
        // Neo4j's default, from the memory the OS calls free, gave 89 MiB in one run and 3.3 GiB in the next on a shared
        // machine whose file cache counts as used: a fixed budget keeps the limit from depending on what ran before.
        args.add("--max-off-heap-memory=" + OFF_HEAP);
        // Stack traces in the output kept for an error: the causes, not just "Error importing csv file".
        args.add("--verbose");
        return new Measure(run(args, home), csv.nodeCount(), csv.relationshipCount());
    }

    /**
     * What follows {@code neo4j-admin database import} to import the files into database {@value #DATABASE}: the
     * files by the paths they were written to, and the options their content needs.
     */
    public static List<String> arguments(Csv csv) {
        // The database first: --nodes and --relationships take any number of values, and would take it as a file.
        List<String> args = new ArrayList<>(List.of("full", DATABASE));
        args.add("--array-delimiter=U+" + String.format("%04X", (int) ImportCsvExporter.ARRAY_DELIMITER));
        args.add("--multiline-fields=" + csv.multilineFields());
        for (Source s : csv.nodes()) {
            args.add("--nodes=" + files(s));
        }
        for (Source s : csv.relationships()) {
            args.add("--relationships=" + files(s));
        }
        return List.copyOf(args);
    }

    /**
     * Runs {@code neo4j-admin database import} in this process with these arguments (those that follow
     * {@code import}) over the Neo4j home {@code home}; returns the seconds it took.
     *
     * @throws IllegalStateException when the import fails, with the tool's last lines of output
     */
    public static double run(List<String> arguments, Path home) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
             PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            Files.createDirectories(home);
            // The tool's progress bars and summary would go to the caller's output: they are kept for an error.
            ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, fs);
            CommandLine command = new CommandLine(new ImportCommand(), new ContextInjectingFactory(context))
                    .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true));
            long t0 = System.nanoTime();
            int code = command.execute(arguments.toArray(String[]::new));
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("neo4j-admin database import " + arguments.get(0) + " into " + home
                        + " failed (exit code " + code + "): " + messages(output.toString(StandardCharsets.UTF_8)));
            }
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run neo4j-admin import in " + home, e);
        }
    }

    /** A header file and its data file, as {@code --nodes} and {@code --relationships} take them. */
    private static String files(Source s) {
        String files = s.header() + "," + s.data();
        if (files.chars().filter(c -> c == ',').count() != 1) {
            throw new IllegalArgumentException("neo4j-admin import cannot read a file whose path holds a comma: " + files);
        }
        return files;
    }

    /** The tool's output without stack frames, at most its last 20 lines: what it said and the exceptions' messages. */
    private static String messages(String output) {
        List<String> lines = output.lines().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("at ")
                && !l.stripLeading().startsWith("... ")).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
