package org.papergraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code papergraph} command: one subcommand per job. */
@Command(name = "papergraph",
        mixinStandardHelpOptions = true,
        version = "papergraph 0.1.0",
        header = "A knowledge graph of the methods, models, datasets and benchmarks in scientific papers.",
        description = {"Reads papers (trending-papers text, JSON Lines, arXiv metadata, JSON), extracts concepts "
                + "with Stanford CoreNLP, stores them as RDF (TDB2) and loads them into Neo4j.", ""},
        subcommands = {ExtractCommand.class, BuildCommand.class, RemoveCommand.class, QueryCommand.class, ServeCommand.class,
                ExportCommand.class, ReportCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:nothing could be read, or a server or store failed (or a problem with --strict)",
                "2:bad usage"})
public final class Papergraph implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with papergraph's error handling: a one-line message on stderr, no stack trace. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Papergraph());
        cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println(line.getColorScheme().errorText("papergraph: " + message(ex)));
            if (Logging.verbose()) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cmd;
    }

    private static String message(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
